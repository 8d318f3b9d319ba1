using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>
/// Changes a scheduled encounter. A new time or place sends everyone already reminded an updated invite;
/// young people added to the group get their reminders, those taken off have theirs cancelled.
/// </summary>
public class EditModel(AppDbContext db, Caseload caseload, StaffNames staffNames, TimeProvider time, SafeguardingGate safeguarding, EncounterScope scope, EncounterWorkflow workflow) : EncounterFormModel(db, caseload, staffNames, time, safeguarding)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Encounter Encounter { get; private set; } = new();

    public bool CanChange => Encounter.State == EncounterState.Scheduled;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var e = Encounter;
        var start = UkTime.ToUk(new DateTimeOffset(e.StartsAtUtc, TimeSpan.Zero));
        var end = UkTime.ToUk(new DateTimeOffset(e.EndsAtUtc, TimeSpan.Zero));
        Version = e.Version;
        Input = new EncounterInput
        {
            Title = e.Title,
            Kind = e.Kind.ToString(),
            EmployerId = e.EmployerId.ToString(CultureInfo.InvariantCulture),
            Date = DateInput.From(DateOnly.FromDateTime(start.DateTime)),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndTime = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            Location = e.Location,
            MeetingPoint = e.MeetingPoint,
            HostName = e.HostName,
            HostEmail = e.HostEmail,
            YoungPeople = e.Attendees.Select(a => a.YoungPersonId.ToString(CultureInfo.InvariantCulture)).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A mangled version is treated as stale (below), not shown as a field error.
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await CheckAsync(cancellationToken) is not { } details)
        {
            return Invalid();
        }

        var result = await workflow.ChangeAsync(Encounter, formVersion, details, User.IsHubAdmin() ? null : User.SchoolId() ?? 0, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/coach/encounters/{Id}?done=changed");
        }

        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field ?? "", message);
        }

        if (result.Stale)
        {
            await LoadAsync(cancellationToken);
        }

        return Invalid();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var encounter = await scope.ForCoach(User).WithDetails().SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (encounter is null)
        {
            return false;
        }

        Encounter = encounter;
        SavedDate = DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(encounter.StartsAtUtc, TimeSpan.Zero)).DateTime);
        ModelState.Remove(nameof(Version));
        Version = encounter.Version;
        await LoadChoicesAsync(cancellationToken);
        return true;
    }
}
