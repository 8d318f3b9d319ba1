using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

[UploadSizeLimit]
[RequestSizeLimit(CsvUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxRequestBytes)]
public class IndexModel(Caseload caseload, YoungPeopleImporter importer) : PageModel
{
    [BindProperty]
    public string? SchoolId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ChoiceItem> Schools { get; private set; } = [];

    public IReadOnlyList<YoungPeopleImport> Recent { get; private set; } = [];

    public IReadOnlyDictionary<int, string> SchoolNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(string? problem, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (problem == "too-large")
        {
            // Sent back by UploadSizeLimit: the file was read and thrown away.
            ModelState.AddModelError(nameof(Upload), CsvUpload.TooLargeMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var schoolOk = int.TryParse(Schools.Count == 1 ? Schools[0].Value : SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var schoolId)
            && Schools.Any(s => s.Value == schoolId.ToString(CultureInfo.InvariantCulture));
        if (!schoolOk)
        {
            ModelState.AddModelError(nameof(SchoolId), "Select the school or college these young people are at");
        }

        var (table, error) = await CsvUpload.ReadAsync(Upload, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), error);
        }

        if (!schoolOk || table is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var import = await importer.CreateAsync(schoolId, Upload!.FileName, table, cancellationToken);
        return Redirect($"/coach/young-people/import/{import.PublicId}/columns");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var schools = await caseload.SchoolsAsync(cancellationToken);
        Schools = schools.Select(s => new ChoiceItem(s.Id.ToString(CultureInfo.InvariantCulture), s.Name)).ToList();
        SchoolNames = schools.ToDictionary(s => s.Id, s => s.Name);
        Recent = await importer.RecentAsync(cancellationToken);
    }
}
