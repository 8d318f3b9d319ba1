using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

/// <summary>What a confirmed import did, and undoing it within a day.</summary>
public class DetailsModel(YoungPeopleImporter importer) : PageModel
{
    public YoungPeopleImport Import { get; private set; } = new();

    public bool CanUndo { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        if (import.State == ImportState.Uploaded)
        {
            return Redirect($"/coach/young-people/import/{import.PublicId}/preview");
        }

        Import = import;
        CanUndo = importer.CanUndo(import);
        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(string id, CancellationToken cancellationToken)
    {
        var import = await importer.FindAsync(id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        await importer.UndoAsync(import, cancellationToken);
        return Redirect($"/coach/young-people/import/{import.PublicId}");
    }
}
