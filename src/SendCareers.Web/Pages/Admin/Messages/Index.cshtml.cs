using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Pages.Admin.Messages;

public class IndexModel(AppDbContext db, TimeProvider time, MessageScheduler scheduler) : PageModel
{
    public IReadOnlyList<(string State, int Count)> Counts { get; private set; } = [];

    public IReadOnlyList<ScheduledMessage> Failed { get; private set; } = [];

    public IReadOnlyList<ScheduledMessage> Upcoming { get; private set; } = [];

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
        Failed = await db.ScheduledMessages.AsNoTracking().Where(m => m.State == MessageState.Failed).OrderBy(m => m.DueAtUtc).Take(200).ToListAsync(cancellationToken);
        Upcoming = await db.ScheduledMessages.AsNoTracking().Where(m => m.State == MessageState.Pending).OrderBy(m => m.NextAttemptAtUtc).Take(50).ToListAsync(cancellationToken);
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
