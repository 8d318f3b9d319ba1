using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Places;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Requests;

/// <summary>Reads every approved employer as the request ranking needs it, in a handful of queries, and ranks them.</summary>
public sealed class RequestCandidates(AppDbContext db, OutcodeDirectory outcodes, TimeProvider time)
{
    public static OfferKind OfferFor(OpeningKind kind) => kind switch
    {
        OpeningKind.EncounterVisit => OfferKind.WorkplaceVisit,
        OpeningKind.EncounterMockInterviews => OfferKind.MockInterviews,
        _ => OfferKind.TalkOrAssembly,
    };

    /// <param name="checksNeeded">What the hub requires for this kind of activity (the page asks the safeguarding gate).</param>
    public async Task<RequestRanking> RankAsync(RequestDetails request, int schoolId, SafeguardingCheck checksNeeded, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = UkTimeZone.Today(time);
        var schoolOutcode = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.OutwardCode).SingleAsync(cancellationToken);
        var facts = new RequestFacts(
            OfferFor(request.Kind), request.Sectors, request.Days, (int)RequestForm.SlotsOf(request.StartTime, request.EndTime), request.Venue,
            outcodes.TryLocate(schoolOutcode, out var school) ? school : null, request.GroupTravelMiles, request.AccessNeeded, checksNeeded,
            (decimal)(request.EndTime - request.StartTime).TotalHours, today, request.LastDay, now);
        return RequestRanker.Rank(facts, await LoadAsync(today, now, cancellationToken));
    }

    private async Task<IReadOnlyList<EmployerCandidate>> LoadAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var employers = await db.Employers.AsNoTracking()
            .Where(e => e.Status == EmployerStatus.Approved)
            .Select(e => new { e.Id, e.OrganisationName, e.Offers, e.Sectors, e.Days, e.Times, e.TravelMiles, e.OutwardCode, e.LocationKnown, e.Access, e.HoursPledgedPerYear })
            .ToListAsync(cancellationToken);
        var checks = (await db.EmployerChecks.AsNoTracking().Select(c => new { c.EmployerId, c.Check, c.ExpiresOn }).ToListAsync(cancellationToken))
            .ToLookup(c => c.EmployerId);

        // Hours already booked this academic year, to say how much of the pledge is left to ask for.
        var yearStart = UkTime.FromUk(new DateOnly(SchoolYear.AcademicYearStarting(today), 9, 1), TimeOnly.MinValue).UtcDateTime;
        var booked = (await db.Encounters.AsNoTracking()
                .Where(e => e.State != EncounterState.Cancelled && e.StartsAtUtc >= yearStart)
                .Select(e => new { e.EmployerId, e.StartsAtUtc, e.EndsAtUtc }).ToListAsync(cancellationToken))
            .GroupBy(e => e.EmployerId)
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(e => (e.EndsAtUtc - e.StartsAtUtc).TotalHours));
        var lastAsked = await db.RequestInvitations.AsNoTracking()
            .Where(i => i.InvitedAtUtc != null)
            .GroupBy(i => i.EmployerId)
            .Select(g => new { EmployerId = g.Key, Last = g.Max(i => i.InvitedAtUtc) })
            .ToDictionaryAsync(x => x.EmployerId, x => x.Last, cancellationToken);
        var yearAgo = now.AddYears(-1);
        var declines = (await db.RequestInvitations.AsNoTracking()
                .Where(i => i.State == InvitationState.Declined && i.AnsweredAtUtc >= yearAgo && i.DeclineReason != null)
                .Select(i => new { i.EmployerId, i.AnsweredAtUtc, Reason = i.DeclineReason!.Value }).ToListAsync(cancellationToken))
            .ToLookup(d => d.EmployerId);

        return employers.Select(e => new EmployerCandidate(
            e.Id, e.OrganisationName, e.Offers, e.Sectors, e.Days, (int)e.Times, e.TravelMiles,
            e.LocationKnown && outcodes.TryLocate(e.OutwardCode, out var point) ? point : null,
            e.Access,
            checks[e.Id].ToDictionary(c => c.Check, c => c.ExpiresOn),
            e.HoursPledgedPerYear > 0 ? e.HoursPledgedPerYear - booked.GetValueOrDefault(e.Id) : null,
            lastAsked.GetValueOrDefault(e.Id),
            [.. declines[e.Id].OrderByDescending(d => d.AnsweredAtUtc).Select(d => d.Reason)])).ToList();
    }
}
