using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Pages.Guidance;

/// <summary>A section's landing page: the intro from its index.md, then its pages in order.</summary>
[OutputCache(PolicyName = GuidanceServiceCollectionExtensions.OutputCachePolicy)]
public class SectionModel(GuidanceLibrary library) : PageModel
{
    public string Title { get; private set; } = "";

    /// <summary>The section's index.md, if it has one.</summary>
    public GuidancePage? Intro { get; private set; }

    /// <summary>The section's pages that its intro does not already link to.</summary>
    public IReadOnlyList<GuidancePage> Pages { get; private set; } = [];

    /// <summary>
    /// True when the intro itself lists some of the section's pages (the Easy Read index does, each with
    /// its picture), so those are not listed a second time below it.
    /// </summary>
    public bool IntroListsPages { get; private set; }

    public IReadOnlyList<NavigationItem> Breadcrumbs { get; private set; } = [];

    public NavigationItem? OtherVersion { get; private set; }

    public IActionResult OnGet()
    {
        if (!GuidanceAddress.TryParseUrl(Request.Path, out var section, out var slug) || slug is not null)
        {
            return NotFound();
        }

        Intro = library.Find(section, null);
        Title = GuidanceLinks.SectionTitle(library, section);
        var pages = library.PagesIn(section);
        Pages = Intro?.IsEasyRead == true ? pages.Where(p => !Intro.LinkedUrls.Contains(p.Url)).ToList() : pages;
        IntroListsPages = Pages.Count < pages.Count;
        Breadcrumbs = GuidanceLinks.BreadcrumbsFor(library, section, isLandingPage: true);
        OtherVersion = GuidanceLinks.OtherVersion(library, Intro, section);
        return Page();
    }
}
