using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Admin.YoungPeople;

/// <summary>
/// For hub administrators answering a subject access or erasure request: everything held about one
/// young person, as a page and as a JSON download, and erasure after a confirmation.
/// </summary>
public class DataModel(PersonalRecords records, StaffNames staffNames) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public SubjectAccessExport Export { get; private set; } = default!;

    /// <summary>Their name as staff see it (told apart from namesakes at their school).</summary>
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(Export, Json), "application/json", $"young-person-{Id}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (Confirm != "yes")
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Confirm), $"Select yes to confirm that everything identifying {Name} should be erased");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return await records.EraseAsync(Id, cancellationToken) ? Redirect("/admin/young-people/erased") : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var export = await records.ExportAsync(Id, cancellationToken);
        if (export is null)
        {
            return false;
        }

        Export = export;
        Name = await staffNames.ForAsync(Id, cancellationToken) ?? export.Profile.GetValueOrDefault("Preferred name") ?? "";
        return true;
    }
}
