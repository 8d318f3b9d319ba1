using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.People.Import;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

/// <summary>Which column of the file fills each field; remembered for the school's next import.</summary>
public class ColumnsModel(YoungPeopleImporter importer) : PageModel
{
    public const string NotInFile = "";

    [BindProperty]
    public Dictionary<string, string?> Columns { get; set; } = [];

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public string FileName { get; private set; } = "";

    public int RowCount { get; private set; }

    public static string Key(ImportField field) => $"{nameof(Columns)}[{field}]";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null || import.State != ImportState.Uploaded)
        {
            return NotFound();
        }

        Load(import);
        Columns = (await importer.SuggestedMappingAsync(import, cancellationToken)).ToDictionary(m => m.Key.ToString(), m => m.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null || import.State != ImportState.Uploaded)
        {
            return NotFound();
        }

        Load(import);
        var mapping = new Dictionary<ImportField, string>();
        var used = new Dictionary<string, ImportField>(StringComparer.OrdinalIgnoreCase);
        foreach (var info in ImportColumns.Fields)
        {
            var chosen = Columns.GetValueOrDefault(info.Field.ToString());
            if (string.IsNullOrEmpty(chosen))
            {
                if (info.Required)
                {
                    ModelState.AddModelError(Key(info.Field), $"Select the column with their {info.Label.ToLowerInvariant()}");
                }

                continue;
            }

            var header = Headers.FirstOrDefault(h => h.Equals(chosen, StringComparison.Ordinal));
            if (header is null)
            {
                ModelState.AddModelError(Key(info.Field), $"Select a column from the list for {info.Label.ToLowerInvariant()}");
            }
            else if (used.TryGetValue(header, out var other))
            {
                ModelState.AddModelError(Key(info.Field), $"“{header}” is already chosen for {ImportColumns.Of(other).Label.ToLowerInvariant()}: choose each column once");
            }
            else
            {
                used[header] = info.Field;
                mapping[info.Field] = header;
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await importer.SaveMappingAsync(import, mapping, cancellationToken);
        return Redirect($"/coach/young-people/import/{import.PublicId}/preview");
    }

    private void Load(YoungPeopleImport import)
    {
        Headers = YoungPeopleImporter.Headers(import);
        FileName = import.FileName;
        RowCount = import.RowCount;
    }
}
