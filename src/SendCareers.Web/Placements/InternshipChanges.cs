using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Placements;

/// <summary>
/// Saves a job coach's changes to a supported internship (rotations, handover, outcome) the way
/// <see cref="PlacementWorkflow"/> saves moves: guarded by the form's Version, with an audit entry and
/// the rotation debriefs re-planned in the same transaction, so nothing is saved half-way.
/// </summary>
public sealed class InternshipChanges(AppDbContext db, PlacementScope scope, PlacementReminders reminders, GuardedChange guarded)
{
    /// <summary>The coach's own supported internship, tracked for changes, or null (the page answers 404).</summary>
    public Task<Placement?> FindAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return scope.ForCoach().WithDetails()
            .SingleOrDefaultAsync(p => p.Id == id && p.Opening!.Kind == OpeningKind.SupportedInternship, cancellationToken);
    }

    /// <summary>Rotations can be planned once the internship has dates, and until it is over.</summary>
    public static bool CanPlanRotations(Placement placement) =>
        placement.State is PlacementState.Confirmed or PlacementState.InProgress && placement.StartsAtUtc is not null && placement.EndsAtUtc is not null;

    /// <summary>Handover and outcome belong to an internship under way or finished, not to one withdrawn or declined.</summary>
    public static bool CanRecordProgress(Placement placement) =>
        placement.State is PlacementState.InProgress or PlacementState.Completed or PlacementState.EndedEarly;

    public static DateOnly FirstDay(Placement placement) => UkDate(placement.StartsAtUtc!.Value);

    public static DateOnly LastDay(Placement placement) => UkDate(placement.EndsAtUtc!.Value);

    public static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(utc, TimeSpan.Zero)).DateTime);

    /// <summary>The stored plan in the order the coach sees it.</summary>
    public static IReadOnlyList<Rotation> PlanOf(Placement placement) =>
        placement.Rotations.OrderBy(r => r.Number).Select(r => new Rotation(r.Name, r.StartsOn, r.EndsOn)).ToList();

    /// <summary>Rotations are numbered in date order, so rotation 1 is always the first.</summary>
    public static IReadOnlyList<Rotation> InDateOrder(IEnumerable<Rotation> rotations) =>
        rotations.OrderBy(r => r.Starts).ThenBy(r => r.Ends).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

    public Task<PlacementMove> SaveRotationsAsync(Placement placement, Guid formVersion, IReadOnlyList<Rotation> plan, string action, CancellationToken cancellationToken) =>
        SaveAsync(placement, formVersion, action, p =>
        {
            db.Rotations.RemoveRange(p.Rotations);
            p.Rotations.Clear();
            p.Rotations.AddRange(InDateOrder(plan).Select((r, i) => new RotationRecord { Number = i + 1, Name = r.Name, StartsOn = r.Starts, EndsOn = r.Ends }));
        }, () => reminders.RotationsChangedAsync(placement, cancellationToken), cancellationToken);

    public Task<PlacementMove> SaveAsync(Placement placement, Guid formVersion, string action, Action<Placement> apply, CancellationToken cancellationToken) =>
        SaveAsync(placement, formVersion, action, apply, () => Task.CompletedTask, cancellationToken);

    private async Task<PlacementMove> SaveAsync(Placement placement, Guid formVersion, string action, Action<Placement> apply, Func<Task> afterApply, CancellationToken cancellationToken)
    {
        var saved = await guarded.SaveAsync(placement, formVersion, new AuditNote(action, AuditTrail.Placement, placement.Id), () =>
        {
            apply(placement);
            return afterApply();
        }, cancellationToken);
        return saved ? PlacementMove.Success : PlacementMove.StaleForm;
    }
}
