using Microsoft.AspNetCore.Mvc;
using SendCareers.Web.Data;
using SendCareers.Web.Encounters;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>Schedules an encounter for a group; its reminders are planned in the same transaction.</summary>
public class NewModel(AppDbContext db, Caseload caseload, StaffNames staffNames, TimeProvider time, SafeguardingGate safeguarding, EncounterWorkflow workflow) : EncounterFormModel(db, caseload, staffNames, time, safeguarding)
{
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

        return Redirect($"/coach/encounters/{id}?done=scheduled");
    }
}
