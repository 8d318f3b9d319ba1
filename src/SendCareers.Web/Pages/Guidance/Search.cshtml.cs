using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Pages.Guidance;

/// <summary>Word search over the guidance. A GET form, so results can be bookmarked and shared.</summary>
public class SearchModel(GuidanceLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<GuidanceSearchResult> Results { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>True when there was something to search for and results (perhaps none) are shown.</summary>
    public bool Searched { get; private set; }

    public void OnGet()
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        if (Query.Length > GuidanceSearch.MaxQueryLength)
        {
            Error = $"Search words must be {GuidanceSearch.MaxQueryLength} characters or fewer";
            ModelState.AddModelError("q", Error);
            return;
        }

        Results = library.Search(Query);
        Searched = true;
    }

    public string SectionTitle(GuidancePage page) => GuidanceLinks.SectionTitle(library, page.Section);
}
