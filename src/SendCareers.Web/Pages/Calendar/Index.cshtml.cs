using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Calendar;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Calendar;

/// <summary>
/// A person's own calendar link: make one, make a new one (the old one stops), or turn it off. The link
/// is shown once, when it is made, because only a hash of it is kept.
/// </summary>
public class IndexModel(CalendarFeeds feeds, AuditTrail audit) : PageModel
{
    public DateTime? MadeAtUtc { get; private set; }

    public DateTime? WorksUntilUtc { get; private set; }

    /// <summary>Only straight after making a link.</summary>
    public string? NewAddress { get; private set; }

    public bool IsEmployer => User.IsInRole(Roles.Employer);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMakeAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (userId is null)
        {
            return Challenge();
        }

        var token = await feeds.RenewAsync(userId, cancellationToken);
        await audit.RecordAsync("Made a calendar link", AuditTrail.Account, userId, cancellationToken: cancellationToken);
        NewAddress = feeds.Address(token);
        await LoadAsync(cancellationToken);
        // Not a redirect: the link exists only in this response. Keep it out of caches.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (userId is null)
        {
            return Challenge();
        }

        if (await feeds.StopAsync(userId, cancellationToken))
        {
            await audit.RecordAsync("Turned off the calendar link", AuditTrail.Account, userId, cancellationToken: cancellationToken);
            Notice = "Your calendar link is turned off. Calendar apps that used it will stop showing new events.";
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var current = User.UserId() is { } userId ? await feeds.CurrentAsync(userId, cancellationToken) : null;
        MadeAtUtc = current?.CreatedAtUtc;
        WorksUntilUtc = current?.ExpiresAtUtc;
    }
}
