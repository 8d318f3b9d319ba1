using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SendCareers.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";

    public IReadOnlyList<string> Advice { get; private set; } = ["Try again later. What you entered has not been saved."];

    public void OnGet() => Describe(StatusFromRoute());

    public void OnPost() => Describe(StatusFromRoute());

    /// <summary>
    /// Read from the route rather than bound: when the refused request's form could not be read (a NUL
    /// character, say), model binding would fail on it again and lose the status.
    /// </summary>
    private int? StatusFromRoute() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private void Describe(int? code)
    {
        switch (code)
        {
            case 404:
                Title = "Page not found";
                Advice = ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."];
                break;
            case 403:
                Title = "You cannot see this page";
                Advice = ["Your account does not give you access to this page. Pages about young people are open only to their school's job coaches and to hub administrators."];
                break;
            case 429:
                Title = "Too many tries";
                Advice = ["You have tried this too many times in a short while. Wait a minute and try again."];
                break;
            case 413:
                Title = "The file is too large";
                Advice = ["Nothing has been saved. Go back and choose a smaller file: files of young people must be smaller than 5 MB."];
                break;
            case 400:
                Title = "Sorry, we could not read that request";
                Advice = ["Nothing you entered has been saved. Go back and try again. If you left the page open for a long time, reload it first.", "If you pasted text in, it may hold characters we cannot accept: type it instead."];
                break;
        }

        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
