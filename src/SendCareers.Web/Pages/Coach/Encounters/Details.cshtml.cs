using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Reminders;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>
/// One encounter for the coach: the arrangements, the group and who came, the debrief answers and the
/// e-mails sent, with a change link and a cancel button while it is still to come.
/// </summary>
public class DetailsModel(AppDbContext db, EncounterScope scope, EncounterWorkflow workflow, StaffNames staffNames, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Encounter Encounter { get; private set; } = new();

    public string? CoachName { get; private set; }

    public IReadOnlyList<Data.Entities.Debrief> Debriefs { get; private set; } = [];

    public IReadOnlyList<ScheduledMessage> Messages { get; private set; } = [];

    /// <summary>The latest reply to the day-before reminder from each family and the host, by role id.</summary>
    public IReadOnlyDictionary<string, (bool Coming, DateTime AtUtc)> Replies { get; private set; } = new Dictionary<string, (bool, DateTime)>();

    public string ReplyOf(string replierId) => Replies.TryGetValue(replierId, out var reply)
        ? $"{(reply.Coming ? "Coming" : "Can't come")} (said {UkFormat.DateTime(reply.AtUtc)})"
        : "No reply";

    /// <summary>The latest reply from the host or the employer's contact, or null if neither replied.</summary>
    public string? HostReply => new[] { RecipientIds.Host(Encounter.Id).Id, RecipientIds.EmployerContact(Encounter.EmployerId).Id }
        .Where(Replies.ContainsKey).Select(id => Replies[id]).OrderBy(r => r.AtUtc).Select(r => $"{(r.Coming ? "Ready" : "Can't host")} (said {UkFormat.DateTime(r.AtUtc)})").LastOrDefault();

    public bool HasStarted => Encounter.StartsAtUtc <= time.GetUtcNow().UtcDateTime;

    public string StartsIn => Humanizer.DateHumanizeExtensions.Humanize(Encounter.StartsAtUtc, dateToCompareAgainst: time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await workflow.CancelAsync(Encounter, formVersion, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/coach/encounters/{Id}?done=cancelled");
        }

        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field ?? "", message);
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The young people booked, as staff see their names (told apart from namesakes).</summary>
    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public string NameOf(int youngPersonId) => Names.GetValueOrDefault(youngPersonId, "A young person");

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var encounter = await scope.ForCoach(User).WithDetails().SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (encounter is null)
        {
            return false;
        }

        Encounter = encounter;
        ModelState.Remove(nameof(Version));
        Version = encounter.Version;
        Names = await staffNames.ForAsync(encounter.Attendees.Select(a => a.YoungPersonId), cancellationToken);
        CoachName = await db.Users.AsNoTracking().Where(u => u.Id == encounter.CreatedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        Debriefs = await db.Debriefs.AsNoTracking().Where(d => d.EncounterId == Id).OrderBy(d => d.SubmittedAtUtc).ToListAsync(cancellationToken);
        Messages = await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.SubjectType == EncounterReminders.SubjectType && m.SubjectId == Id && m.State != MessageState.Cancelled)
            .OrderBy(m => m.DueAtUtc).Take(200).ToListAsync(cancellationToken);
        var subject = Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var replies = await db.AuditEvents.AsNoTracking()
            .Where(a => a.SubjectType == EncounterReminders.SubjectType && a.SubjectId == subject && (a.Action == AttendanceReply.Yes || a.Action == AttendanceReply.No))
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .Select(a => new { a.Action, a.Detail, a.AtUtc })
            .ToListAsync(cancellationToken);
        Replies = replies
            .Where(r => AttendanceReply.ReplierOf(r.Detail) is not null)
            .GroupBy(r => AttendanceReply.ReplierOf(r.Detail)!)
            .ToDictionary(g => g.Key, g => (g.Last().Action == AttendanceReply.Yes, g.Last().AtUtc), StringComparer.Ordinal);
        return true;
    }
}
