using System.Globalization;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Tests.Requests;

/// <summary>The straightforward ranker as it was before issue #20 made it fast, kept as the reference the fast one must agree with.</summary>
internal static class ReferenceRequestRanker
{
    public const double KmPerMile = 1.609344;

    /// <summary>Someone asked within this long is ranked lower, so asks spread across the network.</summary>
    public static readonly TimeSpan RecentAsk = TimeSpan.FromDays(30);

    /// <summary>How many of those who do not fit are shown when nobody does.</summary>
    public const int ClosestShown = 3;

    public static RequestRanking Rank(RequestFacts request, IReadOnlyList<EmployerCandidate> employers)
    {
        var fits = new List<RankedEmployer>();
        var unfit = new List<UnfitEmployer>();
        foreach (var employer in employers)
        {
            var (score, reasons, exclusions) = Assess(request, employer);
            if (exclusions.Count == 0)
            {
                fits.Add(new RankedEmployer(employer.Id, employer.Name, score, reasons));
            }
            else
            {
                unfit.Add(new UnfitEmployer(employer.Id, employer.Name, score, exclusions));
            }
        }

        fits.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.EmployerId.CompareTo(b.EmployerId));
        var closest = unfit
            .OrderBy(u => u.Reasons.Count)
            .ThenByDescending(u => u.Score)
            .ThenBy(u => u.EmployerId)
            .Take(ClosestShown)
            .ToList();
        return new RequestRanking(fits, closest);
    }

    private static (int Score, List<MatchReason> Reasons, List<string> Exclusions) Assess(RequestFacts request, EmployerCandidate employer)
    {
        var reasons = new List<MatchReason>(8);
        var exclusions = new List<string>(2);
        var score = 0;

        if (!employer.Offers.Contains(request.Offer))
        {
            exclusions.Add($"Does not offer {OfferWords(request.Offer)}");
        }
        else
        {
            reasons.Add(Meets($"Offers {OfferWords(request.Offer)}"));
        }

        var common = employer.Days & request.Days;
        if (common == WeekDays.None)
        {
            exclusions.Add(employer.Days == WeekDays.None ? "Has not said which days suit them" : $"Only free on {Days(employer.Days)}");
        }
        else
        {
            reasons.Add(common == request.Days ? Meets($"Free on {Days(common)}") : Check($"Free on {Days(common)} only"));
            score += common == request.Days ? 15 : 8;
        }

        if ((employer.TimeSlots & request.TimeSlots) == request.TimeSlots)
        {
            reasons.Add(Meets("The time of day suits them"));
            score += 10;
        }
        else
        {
            reasons.Add(Check("The time of day is not one they chose; ask whether it suits"));
        }

        AddDistance(request, employer, reasons, exclusions, ref score);

        if (request.Venue == RequestVenue.AtWorkplace && request.AccessNeeded != WorkplaceAccess.None)
        {
            var missing = request.AccessNeeded & ~employer.Access;
            if (missing != WorkplaceAccess.None)
            {
                exclusions.Add($"Workplace has no {List([.. Each(missing).Select(AccessWords)])}");
            }
            else
            {
                reasons.Add(Meets($"Workplace has {List([.. Each(request.AccessNeeded).Select(AccessWords)])}"));
            }
        }

        var problems = SafeguardingRules.Problems(request.ChecksNeeded, employer.CheckExpiries, request.Today, request.LastDay);
        if (problems.Count > 0)
        {
            exclusions.Add($"Safeguarding checks not valid for this: {List([.. problems.Select(p => p.Describe())])}");
        }
        else if (request.ChecksNeeded != SafeguardingCheck.None)
        {
            reasons.Add(Meets("Safeguarding checks valid for this kind of activity"));
        }

        if (request.Sectors.Count == 0)
        {
            score += 20;
        }
        else if (employer.Sectors.Where(request.Sectors.Contains).ToList() is { Count: > 0 } shared)
        {
            reasons.Add(Meets($"Works in {List([.. shared.Select(Sector)])}, asked for"));
            score += 40;
        }
        else
        {
            reasons.Add(Check($"Not in a sector asked for ({List([.. employer.Sectors.Select(Sector)])})"));
        }

        if (employer.HoursLeft is { } left)
        {
            if (left >= request.Hours)
            {
                reasons.Add(Meets($"{HoursWords(left)} of their pledge left this year"));
                score += 10;
            }
            else
            {
                reasons.Add(Check(left <= 0 ? "Has given all the hours they pledged this year" : $"Only {HoursWords(left)} of their pledge left this year"));
            }
        }

        if (employer.LastAskedUtc is { } asked && request.NowUtc - asked < RecentAsk)
        {
            var days = (int)(request.NowUtc - asked).TotalDays;
            reasons.Add(Check(days == 0 ? "Already asked today" : days == 1 ? "Asked yesterday" : $"Asked {Number(days)} days ago"));
            score -= 15;
        }
        else
        {
            reasons.Add(Meets("Not asked in the last 30 days"));
            score += 5;
        }

        if (employer.RecentDeclines.Count > 0)
        {
            var last = employer.RecentDeclines[0];
            reasons.Add(Check($"Said no last time: {DeclineWords(last)}"));
            score -= last == DeclineReason.NotOurArea ? 20 : 5;
        }

        return (Math.Clamp(score, 0, 100), reasons, exclusions);
    }

    private static void AddDistance(RequestFacts request, EmployerCandidate employer, List<MatchReason> reasons, List<string> exclusions, ref int score)
    {
        if (request.Venue == RequestVenue.Online)
        {
            reasons.Add(Meets("Online, so distance does not matter"));
            score += 10;
            return;
        }

        if (request.School is not { } school || employer.Workplace is not { } workplace)
        {
            reasons.Add(Check("Distance unknown: a postcode is not recognised"));
            return;
        }

        var miles = school.KilometresTo(workplace) / KmPerMile;
        var limit = request.Venue == RequestVenue.AtWorkplace ? request.GroupTravelMiles : employer.TravelMiles;
        var whose = request.Venue == RequestVenue.AtWorkplace ? "the group's" : "their";
        if (limit is { } most && miles > most)
        {
            exclusions.Add($"{Miles(miles)} from the school, beyond {whose} {Number(most)}-mile range");
            return;
        }

        reasons.Add(Meets(limit is { } range ? $"{Miles(miles)} from the school, within {whose} {Number(range)}-mile range" : $"{Miles(miles)} from the school"));
        score += miles <= 5 ? 10 : miles <= 15 ? 5 : 0;
    }

    private static MatchReason Meets(string text) => new(ReasonMark.Meets, text);

    private static MatchReason Check(string text) => new(ReasonMark.Check, text);

    public static string Miles(double miles) => miles < 1 ? "Under a mile" : $"{miles.ToString("0", CultureInfo.InvariantCulture)} {(Math.Round(miles) == 1 ? "mile" : "miles")}";

    private static string HoursWords(decimal hours) => hours == 1 ? "1 hour" : $"{hours.ToString("0.#", CultureInfo.InvariantCulture)} hours";

    public static string OfferWords(OfferKind offer) => offer switch
    {
        OfferKind.TalkOrAssembly => "talks or assemblies",
        OfferKind.WorkplaceVisit => "workplace visits",
        OfferKind.MockInterviews => "mock interviews",
        OfferKind.CvAndApplicationHelp => "CV and application help",
        OfferKind.Mentoring => "mentoring",
        OfferKind.WorkExperience => "work experience",
        _ => offer.ToString(),
    };

    public static string DeclineWords(DeclineReason reason) => reason switch
    {
        DeclineReason.Dates => "the dates did not suit",
        DeclineReason.Capacity => "no one free to do it",
        DeclineReason.NotOurArea => "not their area",
        _ => "another reason",
    };

    private static string AccessWords(WorkplaceAccess access) => access switch
    {
        WorkplaceAccess.StepFree => "step-free access",
        WorkplaceAccess.QuietSpace => "quiet space",
        WorkplaceAccess.AccessibleToilet => "accessible toilet",
        WorkplaceAccess.AccessibleParking => "accessible parking",
        WorkplaceAccess.NearPublicTransport => "public transport nearby",
        WorkplaceAccess.HearingLoop => "hearing loop",
        _ => access.ToString(),
    };
}
