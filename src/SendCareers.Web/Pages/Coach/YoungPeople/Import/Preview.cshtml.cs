using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.People.Import;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

/// <summary>Each row's outcome before anything is saved; confirming saves the new and updated rows in one go.</summary>
public class PreviewModel(YoungPeopleImporter importer) : PageModel
{
    /// <summary>Rows shown per outcome; refused rows are always all shown, as each needs fixing.</summary>
    public const int ShownPerOutcome = 200;

    public IReadOnlyList<RowOutcome> Outcomes { get; private set; } = [];

    /// <summary>Refused rows' cells as the file gave them, by row number.</summary>
    public IReadOnlyDictionary<int, YoungPeopleImporter.RowAsGiven> Refused { get; private set; } = new Dictionary<int, YoungPeopleImporter.RowAsGiven>();

    public string FileName { get; private set; } = "";

    public string PublicId { get; private set; } = "";

    public int Count(RowOutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null || import.State != ImportState.Uploaded)
        {
            return NotFound();
        }

        if (import.MappingJson is null)
        {
            return Redirect($"/coach/young-people/import/{import.PublicId}/columns");
        }

        FileName = import.FileName;
        PublicId = import.PublicId;
        (Outcomes, Refused) = await importer.PreviewWithCellsAsync(import, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        if (import.State == ImportState.Uploaded && import.MappingJson is not null)
        {
            await importer.ConfirmAsync(import, cancellationToken);
        }

        return Redirect($"/coach/young-people/import/{import.PublicId}");
    }
}
