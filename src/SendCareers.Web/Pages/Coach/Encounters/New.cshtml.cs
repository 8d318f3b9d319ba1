using Microsoft.AspNetCore.Mvc;
using SendCareers.Web.Data;
using SendCareers.Web.Encounters;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>
/// Schedules an encounter for a group, its reminders planned in the same transaction; or records one
/// already held (its date in the past), which goes straight to the register: nobody is briefed about it,
/// and only those marked as attended are asked how it went.
/// </summary>
public class NewModel(AppDbContext db, Caseload caseload, StaffNames staffNames, TimeProvider time, SafeguardingGate safeguarding, EncounterWorkflow workflow) : EncounterFormModel(db, caseload, staffNames, time, safeguarding)
{
    protected override bool MayBeInThePast => true;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (await CheckAsync(cancellationToken) is not { } details)
        {
            return Invalid();
        }

        var (id, result) = await workflow.ScheduleAsync(details, User.IsHubAdmin() ? null : User.SchoolId() ?? 0, User.UserId()!, cancellationToken);
        if (id is null)
        {
            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError(field ?? "", message);
            }

            return Invalid();
        }

        return IsOver(details)
            ? Redirect($"/coach/encounters/{id}/attendance?held=1")
            : Redirect($"/coach/encounters/{id}?done=scheduled");
    }
}
