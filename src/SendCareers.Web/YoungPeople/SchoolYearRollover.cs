using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// Applies a school's yearly rollover: who stays, who leaves (destination tracking starts) and who moves to
/// another school or college in the hub (their record and history go with them). All or nothing, audited
/// with counts and ids only.
/// </summary>
public sealed class SchoolYearRollover(AppDbContext db, Caseload caseload, AuditTrail audit, TimeProvider time, IHttpContextAccessor http)
{
    public const string AuditAction = "Applied yearly rollover";

    /// <summary>One young person's choice; <see cref="MoveToSchoolId"/> only for <see cref="RolloverChoice.Moves"/>.</summary>
    public sealed record Decision(int YoungPersonId, RolloverChoice Choice, int? MoveToSchoolId);

    /// <summary>What was applied, or null when the school's list changed since the page was loaded (nothing is saved then).</summary>
    public sealed record Result(int RolloverId, int Stayed, int Left, int Moved);

    /// <summary>The school's young people still there, for the rollover page: the caseload's, at this school.</summary>
    public IQueryable<YoungPerson> AtSchool(int schoolId) => caseload.Current().Where(p => p.SchoolId == schoolId);

    /// <summary>The schools and colleges someone may move to: open ones in the hub, other than their own.</summary>
    public Task<List<School>> DestinationSchoolsAsync(int fromSchoolId, CancellationToken cancellationToken) =>
        db.OpenSchools().AsNoTracking().Where(s => s.Id != fromSchoolId).OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public async Task<Result?> ApplyAsync(int schoolId, int preparedYear, DateOnly leavingDate, IReadOnlyList<Decision> decisions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = http.HttpContext?.User;
        var by = new StatusHistory.Recorder(now, user?.UserId(), user?.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? user?.Identity?.Name ?? "");
        var movesFrom = new DateOnly(preparedYear, 9, 1);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = decisions.Select(d => d.YoungPersonId).ToList();
            var people = await AtSchool(schoolId).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var targetIds = decisions.Select(d => d.MoveToSchoolId).OfType<int>().Distinct().ToList();
            var targets = await db.OpenSchools().Where(s => targetIds.Contains(s.Id) && s.Id != schoolId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            if (people.Count != ids.Distinct().Count() || targets.Count != targetIds.Count)
            {
                return null; // someone moved, left or was erased meanwhile, or a school closed: the page shows the list again
            }

            var fromName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync(cancellationToken);
            var yearLabel = SchoolYear.AcademicYearLabel(preparedYear);
            foreach (var decision in decisions)
            {
                var person = people[decision.YoungPersonId];
                if (decision.Choice != RolloverChoice.Leaves && person.LeftOn is { } pending)
                {
                    // A leaving date still to come, given at an earlier rollover: they are staying after all.
                    person.LeftOn = null;
                    person.Changes.Add(new ProfileChange { AtUtc = now, ByUserId = by.UserId, ByName = by.Name, Field = "Left school or college", Before = UkFormat.Date(pending), After = $"Not leaving, at the rollover for {yearLabel}" });
                    person.UpdatedAtUtc = now;
                }

                switch (decision.Choice)
                {
                    case RolloverChoice.Leaves:
                        person.LeftOn = leavingDate;
                        person.Changes.Add(new ProfileChange { AtUtc = now, ByUserId = by.UserId, ByName = by.Name, Field = "Left school or college", After = $"{UkFormat.Date(leavingDate)}, at the rollover for {yearLabel}" });
                        person.UpdatedAtUtc = now;
                        break;
                    case RolloverChoice.Moves:
                        StatusHistory.MoveSchool(person, decision.MoveToSchoolId!.Value, fromName, targets[decision.MoveToSchoolId.Value], movesFrom, by);
                        person.UpdatedAtUtc = now;
                        break;
                }
            }

            var rollover = new SchoolRollover
            {
                SchoolId = schoolId,
                AcademicYear = preparedYear,
                Stayed = decisions.Count(d => d.Choice == RolloverChoice.Stays),
                Left = decisions.Count(d => d.Choice == RolloverChoice.Leaves),
                Moved = decisions.Count(d => d.Choice == RolloverChoice.Moves),
                AppliedAtUtc = now,
                AppliedByUserId = by.UserId,
            };
            db.SchoolRollovers.Add(rollover);
            await db.SaveChangesAsync(cancellationToken);

            audit.Add(AuditAction, AuditTrail.School, schoolId, $"Rollover {rollover.Id} for {yearLabel}: {rollover.Stayed} stay, {rollover.Left} leave, {rollover.Moved} move");
            foreach (var decision in decisions.Where(d => d.Choice != RolloverChoice.Stays))
            {
                audit.Add(
                    decision.Choice == RolloverChoice.Leaves ? "Left at rollover" : "Moved school at rollover",
                    AuditTrail.YoungPerson,
                    decision.YoungPersonId,
                    decision.Choice == RolloverChoice.Leaves
                        ? $"Rollover {rollover.Id}; left on {leavingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
                        : $"Rollover {rollover.Id}; school {schoolId} to school {decision.MoveToSchoolId}");
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(rollover.Id, rollover.Stayed, rollover.Left, rollover.Moved);
        });
    }
}
