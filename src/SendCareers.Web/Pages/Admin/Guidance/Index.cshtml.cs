using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Pages.Admin.Guidance;

/// <summary>Every guidance file with its front-matter problems and broken links, for editors.</summary>
public class IndexModel(GuidanceLibrary library) : PageModel
{
    public GuidanceLibrary Library => library;

    public void OnGet()
    {
    }
}
