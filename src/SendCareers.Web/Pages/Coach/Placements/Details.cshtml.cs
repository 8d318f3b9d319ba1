using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// One placement for its job coach: the arrangements, the history (who, when, why), the debrief answers,
/// and only the actions the lifecycle allows this person now. Every action is a POST carrying the
/// Version the page was drawn from, so a stale page cannot overwrite someone else's change.
/// </summary>
public class DetailsModel(AppDbContext db, PlacementScope scope, PlacementWorkflow workflow, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    [BindProperty]
    public string? EndEarlyReason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Placement Placement { get; private set; } = new();

    public IReadOnlyList<PlacementState> Moves { get; private set; } = [];

    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<Data.Entities.Debrief> Debriefs { get; private set; } = [];

    public IReadOnlyList<AuditEvent> Replies { get; private set; } = [];

    public IReadOnlyList<ScheduledMessage> Messages { get; private set; } = [];

    public ActorRole Role => PlacementWorkflow.ActorFor(User, ActorRole.JobCoach).Role;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        audit.Add("Viewed the placement", AuditTrail.Placement, Id);
        foreach (var debrief in Debriefs)
        {
            audit.Add("Read the debrief answers", AuditTrail.Debrief, debrief.Id, $"Placement {Id}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        MoveAsync(PlacementState.Withdrawn, nameof(WithdrawReason), WithdrawReason, "Enter why the placement is being withdrawn", cancellationToken);

    public Task<IActionResult> OnPostEndEarlyAsync(CancellationToken cancellationToken) =>
        MoveAsync(PlacementState.EndedEarly, nameof(EndEarlyReason), EndEarlyReason, "Enter why the placement ended early", cancellationToken);

    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        MoveAsync(PlacementState.InProgress, null, null, null, cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken) =>
        MoveAsync(PlacementState.Completed, null, null, null, cancellationToken);

    private async Task<IActionResult> MoveAsync(PlacementState to, string? reasonField, string? reason, string? reasonMissing, CancellationToken cancellationToken)
    {
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var cleaned = EmployerProfileValidator.Clean(reason);
        if (reasonField is not null && cleaned.Length == 0)
        {
            ModelState.AddModelError(reasonField, reasonMissing!);
        }
        else if (cleaned.Length > PlacementLifecycle.ReasonMaxLength)
        {
            ModelState.AddModelError(reasonField!, $"The reason must be {PlacementLifecycle.ReasonMaxLength:N0} characters or fewer");
        }
        else
        {
            var result = await workflow.MoveAsync(Placement, formVersion, to, PlacementWorkflow.ActorFor(User, ActorRole.JobCoach), cleaned, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/coach/placements/{Id}?done={to.ToString().ToLowerInvariant()}");
            }

            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError(field ?? "", message);
            }

            if (result.Stale)
            {
                await LoadAsync(cancellationToken);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var placement = await scope.ForCoach().WithDetails().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        // The form carries the version the page shows; after a refused stale post, the fresh one.
        ModelState.Remove(nameof(Version));
        Version = placement.Version;
        Moves = PlacementLifecycle.MovesOpenTo(placement.State, Role);
        var ids = placement.Transitions.Select(t => t.ByUserId).Append(placement.JobCoachUserId).OfType<string>().Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Debriefs = await db.Debriefs.AsNoTracking().Where(d => d.PlacementId == Id).OrderBy(d => d.SubmittedAtUtc).ToListAsync(cancellationToken);
        var subject = Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Replies = await db.AuditEvents.AsNoTracking()
            .Where(a => a.SubjectType == PlacementReminders.SubjectType && a.SubjectId == subject && a.Action.StartsWith("attendance-"))
            .OrderBy(a => a.AtUtc).ToListAsync(cancellationToken);
        Messages = await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.SubjectType == PlacementReminders.SubjectType && m.SubjectId == Id && m.State != MessageState.Cancelled)
            .OrderBy(m => m.DueAtUtc).Take(100).ToListAsync(cancellationToken);
        return true;
    }

    public string Who(PlacementTransitionRecord record) => record.ByRole switch
    {
        ActorRole.System => "SendCareers, on the date",
        _ when record.ByUserId is not null && People.TryGetValue(record.ByUserId, out var name) => $"{name} ({RoleName(record.ByRole)})",
        _ => RoleName(record.ByRole),
    };

    public static string RoleName(ActorRole role) => role switch
    {
        ActorRole.HubAdmin => "hub administrator",
        ActorRole.JobCoach => "job coach",
        ActorRole.Employer => "employer",
        ActorRole.YoungPersonOrFamily => "young person or family",
        _ => "SendCareers",
    };

    public static string WhatHappened(PlacementTransitionRecord record) => (record.From, record.To) switch
    {
        (PlacementState.Proposed, PlacementState.Proposed) => "Proposed",
        (PlacementState.Confirmed, PlacementState.Confirmed) => "Arrangements changed",
        (_, PlacementState.Agreed) => "Accepted by the employer",
        (_, PlacementState.InProgress) => "Started",
        (_, var to) => char.ToUpperInvariant(to.Describe()[0]) + to.Describe()[1..],
    };

    /// <summary>"After rotation 2: Stores and deliveries", or "At the end" for the whole internship.</summary>
    public string DebriefGroupHeading(int? rotationNumber) =>
        rotationNumber is not { } n ? "At the end of the internship"
        : Placement.Rotations.FirstOrDefault(r => r.Number == n) is { } rotation ? $"After rotation {n}: {rotation.Name}"
        : $"After rotation {n}";

    public static string RespondentName(DebriefRespondent respondent) => respondent switch
    {
        DebriefRespondent.Employer => "Employer",
        DebriefRespondent.YoungPerson => "Young person (Easy Read form)",
        DebriefRespondent.Family => "Family",
        _ => "Job coach",
    };
}
