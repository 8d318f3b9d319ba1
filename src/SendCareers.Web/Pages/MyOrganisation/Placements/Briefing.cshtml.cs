using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Placements;

/// <summary>
/// The one-page briefing pack for the employer. The first name always; the rest only once the employer
/// has accepted and only if the young person (or family) agreed to share a summary. Never the date of
/// birth, home postcode, EHCP details or support notes: this page does not even read them into the model.
/// </summary>
public class BriefingModel(AppDbContext db, PlacementScope scope, AuditTrail audit) : PageModel
{
    public sealed record Pack(
        string? Enjoys,
        string? Strengths,
        IReadOnlyList<string> Communication,
        string? CommunicationNotes,
        string? Adjustments,
        IReadOnlyList<string> Tips,
        string? CoachName,
        string? CoachEmail);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string FirstName { get; private set; } = "";

    public string Opening { get; private set; } = "";

    public string? Supervisor { get; private set; }

    public DateTime? StartsAtUtc { get; private set; }

    public DateTime? EndsAtUtc { get; private set; }

    public string? TravelPlan { get; private set; }

    public PlacementState State { get; private set; }

    /// <summary>Null when nothing beyond the first name may be shown.</summary>
    public Pack? Shared { get; private set; }

    public bool IsAgreed => State is PlacementState.Agreed or PlacementState.Confirmed or PlacementState.InProgress or PlacementState.Completed or PlacementState.EndedEarly;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await scope.ForEmployer(User).AsNoTracking()
            .Where(p => p.Id == Id)
            .Select(p => new
            {
                p.State,
                p.Opening!.Title,
                p.SupervisorName,
                p.StartsAtUtc,
                p.EndsAtUtc,
                p.TravelPlan,
                p.JobCoachUserId,
                p.YoungPerson!.PreferredName,
                p.YoungPerson.ConsentToShareSummary,
                p.YoungPerson.TaskInterests,
                p.YoungPerson.Strengths,
                p.YoungPerson.Communication,
                p.YoungPerson.CommunicationNotes,
                p.YoungPerson.AdjustmentsThatWork,
                p.YoungPerson.SupportNeeds,
                p.YoungPerson.EnvironmentToAvoid,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        FirstName = PersonName.FirstName(found.PreferredName);
        Opening = found.Title;
        State = found.State;
        if (!IsAgreed)
        {
            return Page();
        }

        Supervisor = found.SupervisorName;
        StartsAtUtc = found.StartsAtUtc;
        EndsAtUtc = found.EndsAtUtc;
        await audit.RecordAsync(found.ConsentToShareSummary ? "Employer read the briefing pack" : "Employer opened the briefing pack (nothing shared without consent)", AuditTrail.Placement, Id, cancellationToken: cancellationToken);
        if (!found.ConsentToShareSummary)
        {
            return Page();
        }

        var coach = found.JobCoachUserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == found.JobCoachUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var tips = new List<string>();
        tips.AddRange(EnumLabels.FlagsOf(found.SupportNeeds).Select(s => $"What helps: {EnumLabels.For(s).ToLowerInvariant()}"));
        tips.AddRange(EnumLabels.FlagsOf(found.EnvironmentToAvoid).Select(e => $"Try to avoid: {EnumLabels.For(e).ToLowerInvariant()}"));
        tips.Add("Meet them at the door on the first morning and show them round before they start work.");
        tips.Add("Give one instruction at a time, and show as well as tell.");
        tips.Add("Tell them when their breaks are and where they can go to be quiet.");
        Shared = new Pack(
            found.TaskInterests,
            found.Strengths,
            EnumLabels.FlagsOf(found.Communication).Select(c => EnumLabels.For(c)).ToList(),
            found.CommunicationNotes,
            found.AdjustmentsThatWork,
            tips,
            coach?.DisplayName,
            coach?.Email);
        return Page();
    }
}
