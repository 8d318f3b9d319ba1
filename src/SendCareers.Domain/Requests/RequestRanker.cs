using System.Globalization;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Requests;

/// <summary>
/// Ranks employers for a school's request, each with reasons a person can read, in the matching engine's
/// style (a tick, a warning or a cross, always with words). An employer is not invited when it does not
/// offer that kind of encounter, has no suitable day, is out of range, lacks the access the group needs at
/// its workplace, or whose safeguarding checks for the activity are not valid to the last day of the window.
/// The rest are scored: the sector asked for, times that suit, pledge hours left, and how recently they were
/// asked (the asks are spread, so the keenest are not worn out). Same input, same ranking, every time.
/// </summary>
public static class RequestRanker
{
    public const double KmPerMile = 1.609344;

    /// <summary>Someone asked within this long is ranked lower, so asks spread across the network.</summary>
    public static readonly TimeSpan RecentAsk = TimeSpan.FromDays(30);

    /// <summary>How many of those who do not fit are shown when nobody does.</summary>
    public const int ClosestShown = 3;

    /// <summary>
    /// Scores every employer with plain arithmetic first (no words, no lists), sorts, then writes the reasons only
    /// for the first <paramref name="reasonsFor"/> who fit and for the closest who do not. Employers who fit beyond
    /// that come back with their score and no reasons. The order and ties are those of <see cref="Assess"/>.
    /// </summary>
    /// <param name="reasonsFor">How many of those who fit, from the top, get their reasons written (all by default).</param>
    public static RequestRanking Rank(RequestFacts request, IReadOnlyList<EmployerCandidate> employers, int reasonsFor = int.MaxValue)
    {
        var fits = new List<Scored>();
        var unfit = new List<Scored>();
        for (var i = 0; i < employers.Count; i++)
        {
            var score = Score(request, employers[i], out var exclusions);
            (exclusions == 0 ? fits : unfit).Add(new Scored(score, employers[i].Id, exclusions, i));
        }

        fits.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.EmployerId != b.EmployerId ? a.EmployerId.CompareTo(b.EmployerId) : a.Index.CompareTo(b.Index));
        var ranked = new RankedEmployer[fits.Count];
        for (var i = 0; i < fits.Count; i++)
        {
            var employer = employers[fits[i].Index];
            IReadOnlyList<MatchReason> reasons = i < reasonsFor ? Assess(request, employer).Reasons : [];
            ranked[i] = new RankedEmployer(employer.Id, employer.Name, fits[i].Score, reasons);
        }

        var closest = new List<UnfitEmployer>(ClosestShown);
        unfit.Sort(static (a, b) => a.Exclusions != b.Exclusions ? a.Exclusions.CompareTo(b.Exclusions)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.EmployerId != b.EmployerId ? a.EmployerId.CompareTo(b.EmployerId) : a.Index.CompareTo(b.Index));
        for (var i = 0; i < unfit.Count && i < ClosestShown; i++)
        {
            var employer = employers[unfit[i].Index];
            closest.Add(new UnfitEmployer(employer.Id, employer.Name, unfit[i].Score, Assess(request, employer).Exclusions));
        }

        return new RequestRanking(ranked, closest);
    }

    private readonly record struct Scored(int Score, int EmployerId, int Exclusions, int Index);

    /// <summary>The score and the number of reasons not to invite, exactly as <see cref="Assess"/> counts them, without writing a word.</summary>
    private static int Score(RequestFacts request, EmployerCandidate employer, out int exclusions)
    {
        exclusions = 0;
        var score = 0;
        if (!employer.Offers.Contains(request.Offer))
        {
            exclusions++;
        }

        var common = employer.Days & request.Days;
        if (common == WeekDays.None)
        {
            exclusions++;
        }
        else
        {
            score += common == request.Days ? 15 : 8;
        }

        if ((employer.TimeSlots & request.TimeSlots) == request.TimeSlots)
        {
            score += 10;
        }

        if (request.Venue == RequestVenue.Online)
        {
            score += 10;
        }
        else if (request.School is { } school && employer.Workplace is { } workplace)
        {
            var miles = school.KilometresTo(workplace) / KmPerMile;
            var limit = request.Venue == RequestVenue.AtWorkplace ? request.GroupTravelMiles : employer.TravelMiles;
            if (limit is { } most && miles > most)
            {
                exclusions++;
            }
            else
            {
                score += miles <= 5 ? 10 : miles <= 15 ? 5 : 0;
            }
        }

        if (request.Venue == RequestVenue.AtWorkplace && request.AccessNeeded != WorkplaceAccess.None
            && (request.AccessNeeded & ~employer.Access) != WorkplaceAccess.None)
        {
            exclusions++;
        }

        if (request.ChecksNeeded != SafeguardingCheck.None
            && SafeguardingRules.Problems(request.ChecksNeeded, employer.CheckExpiries, request.Today, request.LastDay).Count > 0)
        {
            exclusions++;
        }

        if (request.Sectors.Count == 0)
        {
            score += 20;
        }
        else
        {
            foreach (var sector in employer.Sectors)
            {
                if (request.Sectors.Contains(sector))
                {
                    score += 40;
                    break;
                }
            }
        }

        if (employer.HoursLeft is { } left && left >= request.Hours)
        {
            score += 10;
        }

        if (employer.LastAskedUtc is { } asked && request.NowUtc - asked < RecentAsk)
        {
            score -= 15;
        }
        else
        {
            score += 5;
        }

        if (employer.RecentDeclines.Count > 0)
        {
            score -= employer.RecentDeclines[0] == DeclineReason.NotOurArea ? 20 : 5;
        }

        return Math.Clamp(score, 0, 100);
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
