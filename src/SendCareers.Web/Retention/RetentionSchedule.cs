using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Retention;
using SendCareers.Web.Data;

namespace SendCareers.Web.Retention;

/// <summary>Applies the retention rule to every leaver not yet erased, from their recorded destinations.</summary>
public sealed class RetentionSchedule(AppDbContext db, RetentionRule rule)
{
    public RetentionRule Rule => rule;

    /// <summary>Every leaver whose record is due for removal on or before <paramref name="until"/>, soonest first.</summary>
    public async Task<IReadOnlyList<RetentionDue>> DueByAsync(DateOnly until, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.Destinations.AsNoTracking()
                          join p in db.YoungPeople.AsNoTracking() on d.YoungPersonId equals p.Id
                          where p.ErasedAtUtc == null
                          select new { p.Id, p.PreferredName, School = p.School!.Name, d.LeftOn, d.CheckpointOn })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .Select(g => new RetentionDue(
                g.Key,
                g.First().PreferredName,
                g.First().School,
                rule.For(g.Select(r => new LeaverCheckpoint(r.LeftOn, r.CheckpointOn)).ToList())!))
            .Where(d => d.Retention.RemoveOn <= until)
            .OrderBy(d => d.Retention.RemoveOn).ThenBy(d => d.YoungPersonId)
            .ToList();
    }
}
