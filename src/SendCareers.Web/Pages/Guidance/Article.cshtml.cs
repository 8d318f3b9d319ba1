using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Pages.Guidance;

/// <summary>One guidance page (or the glossary), served from the library's rendered copy.</summary>
[OutputCache(PolicyName = GuidanceServiceCollectionExtensions.OutputCachePolicy)]
public class ArticleModel(GuidanceLibrary library) : PageModel
{
    public GuidancePage Guidance { get; private set; } = default!;

    public IReadOnlyList<NavigationItem> Breadcrumbs { get; private set; } = [];

    public NavigationItem? OtherVersion { get; private set; }

    public IActionResult OnGet()
    {
        if (!GuidanceAddress.TryParseUrl(Request.Path, out var section, out var slug) || library.Find(section, slug) is not { } page)
        {
            return NotFound();
        }

        Guidance = page;
        Breadcrumbs = GuidanceLinks.BreadcrumbsFor(library, section, isLandingPage: false);
        OtherVersion = GuidanceLinks.OtherVersion(library, page, section);
        return Page();
    }
}
