using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Calendar;

namespace SendCareers.Web.Pages.CalendarFeed;

/// <summary>
/// What a calendar app fetches. No sign-in: the token in the address is the permission, and it shows
/// only what its owner could see, without young people's names.
/// </summary>
public class IndexModel(CalendarFeeds feeds) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var feed = await feeds.BuildAsync(token, HttpContext, cancellationToken);
        if (feed is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return File(Encoding.UTF8.GetBytes(feed), "text/calendar; charset=utf-8", "sendcareers.ics");
    }
}
