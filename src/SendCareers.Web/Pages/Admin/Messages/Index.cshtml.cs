using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Pages.Admin.Messages;

/// <summary>
/// The scheduled-message queue for hub administrators: counts by state, then failed and coming-up e-mails, each
/// paged on its own, both narrowed to one recipient's address.
/// </summary>
public class IndexModel(AppDbContext db, TimeProvider time, MessageScheduler scheduler) : PageModel
{
    public const string FailedPageKey = "failed-page";

    public const string UpcomingPageKey = "upcoming-page";

    public IReadOnlyList<(string State, int Count)> Counts { get; private set; } = [];

    /// <summary>The recipient's address to narrow both lists to, matched exactly (it has an index).</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToFilter { get; set; }

    public string? To { get; private set; }

    public Paged<ScheduledMessage> Failed { get; private set; } = new([], 0, 1, PageRequest.DefaultSize, FailedPageKey);

    public Paged<ScheduledMessage> Upcoming { get; private set; } = new([], 0, 1, PageRequest.DefaultSize, UpcomingPageKey);

    /// <summary>E-mails waiting to be tried again after a failed attempt, and what the server last said.</summary>
    public int Retrying { get; private set; }

    public string? LastRetryError { get; private set; }

    public bool Retried { get; private set; }

    public bool TestQueued { get; private set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter an e-mail address to send the test to")]
    [System.ComponentModel.DataAnnotations.StringLength(254, ErrorMessage = "E-mail address must be 254 characters or fewer")]
    [System.ComponentModel.DataAnnotations.EmailAddress(ErrorMessage = "Enter an e-mail address in the correct format, like name@example.com")]
    public string? TestAddress { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Retried = Request.Query["retried"] == "1";
        TestQueued = Request.Query["queued"] == "1";
        var counts = await db.ScheduledMessages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Counts = Enum.GetValues<MessageState>().Select(s => (EnumLabels.For(s), counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
        To = FilterValues.Text(ToFilter, 254);
        var messages = db.ScheduledMessages.AsNoTracking();
        if (To is { } to)
        {
            messages = messages.Where(m => m.RecipientEmail == to);
        }

        Failed = await messages.Where(m => m.State == MessageState.Failed).OrderBy(m => m.DueAtUtc).ThenBy(m => m.Id)
            .ToPagedAsync(PageRequest.From(Request, key: FailedPageKey), cancellationToken);
        Upcoming = await messages.Where(m => m.State == MessageState.Pending).OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .ToPagedAsync(PageRequest.From(Request, key: UpcomingPageKey), cancellationToken);
        var retrying = db.ScheduledMessages.Where(m => m.State == MessageState.Pending && m.LastError != null);
        Retrying = await retrying.CountAsync(cancellationToken);
        if (Retrying > 0)
        {
            LastRetryError = await retrying.OrderByDescending(m => m.NextAttemptAtUtc).Select(m => m.LastError).FirstAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.ScheduledMessages
            .Where(m => m.Id == id && m.State == MessageState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MessageState.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAtUtc, now), cancellationToken);
        if (updated == 0)
        {
            return NotFound();
        }

        scheduler.DispatchSoon();
        return Redirect("/admin/messages?retried=1");
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            Response.StatusCode = 400;
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var sequence = now.Ticks;
        await scheduler.ScheduleAsync(new MessageRequest(TestEmailComposer.Kind, $"test-email:{Guid.NewGuid():N}", TestAddress!.Trim(), null, "test", sequence, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.DispatchSoon();
        return Redirect("/admin/messages?queued=1");
    }

    public string When(DateTime utc)
    {
        var london = TimeZoneInfo.ConvertTimeFromUtc(utc, UkTimeZone.Instance);
        return $"{london:d MMMM yyyy, h:mmtt} ({utc.Humanize(dateToCompareAgainst: time.GetUtcNow().UtcDateTime)})".Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
    }
}
