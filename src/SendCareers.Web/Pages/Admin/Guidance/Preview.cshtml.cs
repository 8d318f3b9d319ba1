using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Pages.Admin.Guidance;

/// <summary>
/// One file rendered as the public page would show it, with its problems. The path is looked up among
/// the files the library loaded, never opened from disk, so it cannot reach anything else.
/// </summary>
public class PreviewModel(GuidanceLibrary library) : PageModel
{
    public GuidancePage Guidance { get; private set; } = default!;

    public IActionResult OnGet(string? path)
    {
        if (library.FindByPath(path) is not { } page)
        {
            return NotFound();
        }

        Guidance = page;
        return Page();
    }
}
