using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Matching;

/// <summary>A newly published opening and who in the coach's caseload fits it well.</summary>
public sealed record NewOpeningMatch(int OpeningId, string Title, string Employer, OpeningKind Kind, DateTime PublishedAtUtc, IReadOnlyList<(int YoungPersonId, string Name, int Score)> GoodFits);

/// <summary>
/// The talent pool matched again as openings appear: the openings published lately, each ranked against
/// the signed-in coach's caseload exactly as the opening's own page ranks it, keeping the good fits
/// ("good fit" or "strong fit" in the words of the lists: a score of <see cref="GoodFit"/> or more with nothing not met).
/// </summary>
public sealed class NewOpeningMatches(AppDbContext db, MatchingData data, TimeProvider time)
{
    public const int GoodFit = FitLevels.GoodFrom;

    public static readonly TimeSpan Recent = TimeSpan.FromDays(30);

    public const int Shown = 5;

    public async Task<IReadOnlyList<NewOpeningMatch>> ForCaseloadAsync(CancellationToken cancellationToken)
    {
        var since = (time.GetUtcNow() - Recent).UtcDateTime;
        var recent = db.Openings.Where(o => o.CreatedAtUtc >= since);
        var openings = (await data.OpeningsAsync(cancellationToken, recent)).ToDictionary(o => o.Id);
        if (openings.Count == 0)
        {
            return [];
        }

        var published = await recent.Where(o => openings.Keys.Contains(o.Id))
            .OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
            .Take(Shown)
            .Select(o => new { o.Id, o.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        var ids = published.Select(o => o.Id).ToList();
        var holding = (await db.Placements.AsNoTracking()
                .Where(p => ids.Contains(p.OpeningId) && MatchingData.Holding.Contains(p.State))
                .Select(p => new { p.OpeningId, p.YoungPersonId })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.OpeningId, p => p.YoungPersonId);
        var candidates = await data.CandidatesAsync(data.VisiblePeople(), cancellationToken);
        var today = UkTimeZone.Today(time);

        return published.Select(o =>
        {
            var opening = openings[o.Id];
            var taken = holding[o.Id].ToHashSet();
            var fits = Matcher.RankCandidates(opening, candidates.Where(c => !taken.Contains(c.Id)), today, data.Weights).Ranked
                .Where(m => m.IsGoodFit)
                .Select(m => (m.Candidate.Id, m.Candidate.PreferredName ?? "", m.Score))
                .ToList();
            return new NewOpeningMatch(o.Id, opening.Title ?? "", opening.EmployerName ?? "", opening.Kind, o.CreatedAtUtc, fits);
        }).ToList();
    }
}
