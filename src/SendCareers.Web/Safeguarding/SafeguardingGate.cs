using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;

namespace SendCareers.Web.Safeguarding;

/// <summary>
/// Whether an employer's checks cover an activity: the hub's requirement for the activity (or the default),
/// against the employer's recorded expiry dates. Used before confirming a placement, and by anything else
/// that commits a young person to an employer.
/// </summary>
public sealed class SafeguardingGate(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<OpeningKind, SafeguardingCheck>> RequirementsAsync(CancellationToken cancellationToken)
    {
        var stored = await db.SafeguardingRequirements.AsNoTracking().ToDictionaryAsync(r => r.Activity, r => r.Checks, cancellationToken);
        return Enum.GetValues<OpeningKind>().ToDictionary(k => k, k => stored.TryGetValue(k, out var checks) ? checks : ActivityRequirements.DefaultFor(k));
    }

    public async Task<SafeguardingCheck> RequiredForAsync(OpeningKind activity, CancellationToken cancellationToken) =>
        await db.SafeguardingRequirements.AsNoTracking().Where(r => r.Activity == activity).Select(r => (SafeguardingCheck?)r.Checks).SingleOrDefaultAsync(cancellationToken)
        ?? ActivityRequirements.DefaultFor(activity);

    /// <summary>Null when the employer may be confirmed for the activity on these dates, else the message naming what is missing or expired.</summary>
    public async Task<string?> RefusalAsync(int employerId, OpeningKind activity, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var required = await RequiredForAsync(activity, cancellationToken);
        if (required == SafeguardingCheck.None)
        {
            return null;
        }

        var expiries = await db.EmployerChecks.AsNoTracking().Where(c => c.EmployerId == employerId).ToDictionaryAsync(c => c.Check, c => c.ExpiresOn, cancellationToken);
        var problems = SafeguardingRules.Problems(required, expiries, UkTimeZone.Today(time), lastDay);
        if (problems.Count == 0)
        {
            return null;
        }

        var name = await db.Employers.Where(e => e.Id == employerId).Select(e => e.OrganisationName).SingleAsync(cancellationToken);
        return activity.IsEncounter()
            ? SafeguardingRules.Refusal(name, (activity == OpeningKind.EncounterMockInterviews ? "" : "a ") + EnumLabels.EncounterKind(activity).ToLowerInvariant(), problems, verb: "booked")
            : SafeguardingRules.Refusal(name, EnumLabels.For(activity).ToLowerInvariant(), problems);
    }
}
