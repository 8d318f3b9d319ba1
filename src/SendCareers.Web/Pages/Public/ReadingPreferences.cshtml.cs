using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Public;

public class ReadingPreferencesModel : PageModel
{
    public static readonly IReadOnlyList<ChoiceItem> Choices =
    [
        new("large", "Larger text"),
        new("contrast", "High contrast: yellow and white on black"),
    ];

    [BindProperty]
    public List<string> Options { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Saved { get; private set; }

    public string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public void OnGet()
    {
        Saved = Request.Query["saved"] == "1";
        var (large, contrast) = ReadingPreferences.Read(Request);
        Options = [.. new[] { large ? "large" : null, contrast ? "contrast" : null }.OfType<string>()];
    }

    public IActionResult OnPost()
    {
        var large = Options.Contains("large");
        var contrast = Options.Contains("contrast");
        ReadingPreferences.Write(Response, large, contrast);
        return Redirect(SafeReturnUrl == "/" ? "/reading-preferences?saved=1" : SafeReturnUrl);
    }
}
