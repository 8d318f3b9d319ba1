using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Matching;

/// <summary>
/// Writes the plain-English reasons for a pair. It re-runs <see cref="PairScorer"/> for the facts it
/// quotes, so a reason can never disagree with the score or the exclusion it explains.
/// </summary>
internal static class ReasonWriter
{
    public static IReadOnlyList<MatchReason> Reasons(PairContext context, int index)
    {
        var person = context.Person;
        var facts = context.Catalogue.Facts[index];
        var opening = context.Catalogue.Openings[index];
        var assessment = context.Assess(index);
        var reasons = new List<MatchReason>(12);
        if (opening.ChecksNeeded.Count > 0)
        {
            reasons.Add(NotMet(ChecksNeeded(opening.ChecksNeeded)));
        }

        reasons.Add(Travel(person, facts, assessment.DistanceKm));
        AddInterests(reasons, context, facts, opening.Sector);
        AddSkills(reasons, context, facts);
        AddSupport(reasons, person, facts);
        reasons.Add(Experience(opening, facts));
        reasons.Add(HoursFit(person, facts));
        reasons.Add(DaysFit(person, facts));
        reasons.Add(Variety(person, facts, opening.Sector));
        if (facts.HasAgeRule && person.DateOfBirth is null)
        {
            reasons.Add(Check($"Not enough information to check age: no date of birth recorded for {person.Name}"));
        }

        if (facts.PlacesLeft < 0)
        {
            reasons.Add(Check("Number of places not stated"));
        }

        if (person.Source.Travel == TravelIndependence.NeedsTransport)
        {
            reasons.Add(Check($"{Capitalise(person.Name)} needs transport arranged"));
        }

        return reasons;
    }

    /// <summary>"Checks needed before this can be confirmed: employer's liability insurance expired on 3 November 2026".</summary>
    public static string ChecksNeeded(IReadOnlyList<Safeguarding.CheckProblem> problems) =>
        $"Checks needed before this can be confirmed: {List([.. problems.Select(static p => p.Describe())])}";

    private static MatchReason Meets(string text) => new(ReasonMark.Meets, text);

    private static MatchReason Check(string text) => new(ReasonMark.Check, text);

    private static MatchReason NotMet(string text) => new(ReasonMark.NotMet, text);

    public static IReadOnlyList<string> ExclusionReasons(PairContext context, int index)
    {
        var person = context.Person;
        var facts = context.Catalogue.Facts[index];
        var opening = context.Catalogue.Openings[index];
        var assessment = context.Assess(index);
        var reasons = new List<string>(2);
        foreach (var constraint in Each(assessment.Exclusions))
        {
            reasons.Add(constraint switch
            {
                HardConstraint.NotOpen => "Not open for applications",
                HardConstraint.NoPlacesLeft => $"No places left: {Number(opening.PlacesTaken)} of {Number(opening.PlacesTotal ?? 0)} taken",
                HardConstraint.Ended => $"Ended on {Date(facts.EndDay)}",
                HardConstraint.BelowMinimumAge => $"{AgeStatement(person, assessment, context.Today)}; the minimum age is {Number(facts.MinimumAge)}",
                HardConstraint.AboveMaximumAge => $"{AgeStatement(person, assessment, context.Today)}; the maximum age is {Number(facts.MaximumAge)}",
                HardConstraint.SupportedInternshipAge =>
                    $"Supported internships are for ages {PairScorer.SupportedInternshipMinimumAge} to {PairScorer.SupportedInternshipMaximumAge}; {AgeStatement(person, assessment, context.Today)}",
                HardConstraint.SupportedInternshipNeedsEhcp => $"Supported internships need an EHCP; {person.Name} does not have one recorded",
                HardConstraint.EhcpRequired => $"Needs an EHCP; {person.Name} does not have one recorded",
                HardConstraint.BeyondTravelRange => $"{Distance(person, assessment.DistanceKm)} — beyond {person.Possessive} {RangeDescription(person.Source)}",
                HardConstraint.AvoidedEnvironment =>
                    $"Has {List([.. Each(facts.Environment & person.EnvironmentToAvoid).Select(Environment)])}, which {person.Name} needs to avoid",
                HardConstraint.NoCommonDay => $"No day in common: runs {Days(facts.Days)}; {person.Name} is available {Days(person.Days)}",
                HardConstraint.AvoidedSector => $"{Capitalise(Sector(opening.Sector!.Value))} is a sector {person.Name} wants to avoid",
                HardConstraint.TooManyHours =>
                    $"Needs {Hours(facts.HoursPerWeek)} a week — more than {person.Name} can do: {person.Possessive} maximum is {Hours(person.MaxHours)} a week",
                _ => constraint.ToString(),
            });
        }

        return reasons;
    }

    private static string AgeStatement(CandidateProfile person, in PairAssessment assessment, int today) =>
        assessment.AgeOnDay > today
            ? $"{Capitalise(person.Name)} will be {Number(assessment.Age)} on the start date ({Date(assessment.AgeOnDay)})"
            : $"{Capitalise(person.Name)} is {Number(assessment.Age)}";

    private static MatchReason Travel(CandidateProfile person, in OpeningFacts facts, double distanceKm)
    {
        if (!person.HasHome)
        {
            return Check($"Not enough information to judge travel: {person.Possessive} home area is not recorded");
        }

        if (!facts.HasLocation)
        {
            return Check("Not enough information to judge travel: the opening's location is not recorded");
        }

        if (double.IsNaN(person.RangeKm))
        {
            return Check($"{Distance(person, distanceKm)} — not enough information to judge travel: no travel range recorded for {person.Name}");
        }

        return distanceKm <= person.RangeKm
            ? Meets($"{Distance(person, distanceKm)} — within {person.Possessive} {RangeDescription(person.Source)}")
            : NotMet($"{Distance(person, distanceKm)} — beyond {person.Possessive} {RangeDescription(person.Source)}");
    }

    /// <summary>"3.2 km away", or "In the same postcode area as Sam's home" when the two centres coincide (never "0.0 km away").</summary>
    private static string Distance(CandidateProfile person, double distanceKm) =>
        distanceKm < SameAreaKm ? $"In the same postcode area as {person.Possessive} home" : $"{Kilometres(distanceKm)} away";

    /// <summary>Distances are between postcode-area centres, so anything this close is the same area.</summary>
    private const double SameAreaKm = 0.05;

    /// <summary>"5 km range", "30-minute journey limit (about 10 km)", or both.</summary>
    private static string RangeDescription(MatchCandidate candidate)
    {
        var km = candidate.MaxTravelKm is { } k && double.IsFinite(k) && k >= 0 ? $"{Limit(k)} km range" : null;
        var minutes = candidate.MaxTravelMinutes is { } m and >= 0 ? m : (int?)null;
        if (minutes is null)
        {
            return km ?? "travel range";
        }

        var time = $"{Number(minutes.Value)}-minute journey limit";
        return km is null
            ? $"{time} (about {Limit(Math.Round(CandidateProfile.KilometresForMinutes(minutes.Value)))} km)"
            : $"{km} and {time}";
    }

    private static void AddInterests(List<MatchReason> reasons, PairContext context, in OpeningFacts facts, Sector? sector)
    {
        var person = context.Person;
        if (!person.HasInterestInformation)
        {
            reasons.Add(Check($"Not enough information to judge interests: none recorded for {person.Name}"));
            return;
        }

        var before = reasons.Count;
        if ((person.InterestBits & facts.SectorBit) != 0)
        {
            reasons.Add(Meets($"Matches an interest: {Sector(sector!.Value)}"));
        }
        else if ((person.WantBits & facts.SectorBit) != 0)
        {
            reasons.Add(Meets($"Something {person.Name} wants to try: {Sector(sector!.Value)}"));
        }

        var tasks = TagVocabulary.Shared(person.TaskTags, facts.TaskTags);
        if (tasks.Count > 0)
        {
            var noun = tasks.Count == 1 ? "a task" : "tasks";
            reasons.Add(Meets($"Matches {noun} {person.Name} enjoys: {List([.. tasks.Select(context.Catalogue.Tags.Display)])}"));
        }

        if (reasons.Count == before)
        {
            reasons.Add(Check(sector is { } s
                ? $"Not one of {person.Possessive} interests: {Sector(s)}"
                : "Sector not stated, so interests cannot be matched"));
        }
    }

    private static void AddSkills(List<MatchReason> reasons, PairContext context, in OpeningFacts facts)
    {
        var person = context.Person;
        if (facts.SkillTags.Length == 0)
        {
            reasons.Add(Meets("No particular skills asked for"));
            return;
        }

        if (!person.HasSkills)
        {
            reasons.Add(Check($"Not enough information to judge skills: none recorded for {person.Name}"));
            return;
        }

        var shared = TagVocabulary.Shared(person.SkillTags, facts.SkillTags);
        if (shared.Count > 0)
        {
            reasons.Add(Meets($"Uses {person.Possessive} skills: {List([.. shared.Select(context.Catalogue.Tags.Display)])}"));
        }

        if (shared.Count < facts.SkillTags.Length)
        {
            var missing = facts.SkillTags.Where(id => !shared.Contains(id)).Select(context.Catalogue.Tags.Display).ToList();
            reasons.Add(Check($"Asks for skills {person.Name} has not recorded: {List(missing)}"));
        }
    }

    private static void AddSupport(List<MatchReason> reasons, CandidateProfile person, in OpeningFacts facts)
    {
        if (person.NeedCount == 0)
        {
            reasons.Add(Check($"Not enough information to judge support: no support needs recorded for {person.Name}"));
            return;
        }

        foreach (var need in Each(person.Needs))
        {
            if ((facts.Support & need) != 0)
            {
                reasons.Add(Meets($"Needs {SupportNeed(need)} — offered here"));
            }
            else
            {
                // Access cannot be arranged on the day; most other support can be agreed with the employer.
                var text = $"Needs {SupportNeed(need)} — not listed as offered";
                reasons.Add((need & PairScorer.AccessNeeds) != 0 ? NotMet(text) : Check(text));
            }
        }

        foreach (var method in Each(person.CommunicationNeeds))
        {
            reasons.Add((facts.Communication & method) != 0
                ? Meets($"Communicates using {Communication(method)} — used here")
                : NotMet($"Communicates using {Communication(method)} — not listed as used here"));
        }
    }

    private static MatchReason Experience(MatchOpening opening, in OpeningFacts facts)
    {
        var parts = new List<string>(2);
        if (opening.PreviousSendPlacements is { } count)
        {
            parts.Add(count switch
            {
                <= 0 => "No previous SEND placements with this employer",
                1 => "Employer has hosted 1 young person with SEND before",
                _ => $"Employer has hosted {Number(count)} young people with SEND before",
            });
        }

        if (opening.DisabilityConfident is { } level)
        {
            parts.Add(parts.Count == 0 ? Capitalise(DisabilityConfident(level)) : DisabilityConfident(level));
        }

        if (parts.Count == 0)
        {
            return Check("Not enough information on the employer's experience with SEND");
        }

        var text = string.Join("; ", parts);
        return facts.Experience >= PairScorer.Neutral ? Meets(text) : Check(text);
    }

    private static MatchReason HoursFit(CandidateProfile person, in OpeningFacts facts)
    {
        if (double.IsNaN(facts.HoursPerWeek))
        {
            return Check("Not enough information to judge hours: none stated");
        }

        var hours = $"{Hours(facts.HoursPerWeek)} a week";
        if (double.IsNaN(person.MaxHours))
        {
            return Check($"{hours} — not enough information to judge hours: no weekly maximum recorded for {person.Name}");
        }

        // Over the maximum but within the tolerance (more is excluded): shown as not met, to agree shorter hours.
        return facts.HoursPerWeek <= person.MaxHours
            ? Meets($"{hours} fits availability")
            : NotMet($"{hours} — more than {person.Possessive} {Limit(person.MaxHours)}-hour maximum: agree shorter hours with the employer first");
    }

    private static MatchReason DaysFit(CandidateProfile person, in OpeningFacts facts)
    {
        if (facts.Days == WeekDays.None)
        {
            return Check("Not enough information to judge days: none stated for the opening");
        }

        if (person.Days == WeekDays.None)
        {
            return Check($"Not enough information to judge days: no availability recorded for {person.Name}");
        }

        var common = facts.Days & person.Days;
        return common == facts.Days
            ? Meets($"Runs {Days(facts.Days)} — {person.Name} is available")
            : Check($"Runs {Days(facts.Days)} — {person.Name} is available on {Days(common)} only");
    }

    private static MatchReason Variety(CandidateProfile person, in OpeningFacts facts, Sector? sector)
    {
        if (sector is not { } s || facts.SectorBit == 0)
        {
            return Check("Sector not stated");
        }

        if (PairScorer.IsUnaskedStereotype(person, facts))
        {
            return Check($"{Capitalise(Sector(s))} is a sector young people with SEND are often steered into, and not one of {person.Possessive} interests — no variety bonus");
        }

        return (person.PreviousBits & facts.SectorBit) != 0
            ? Check($"{Capitalise(person.Name)} has already had experience in {Sector(s)}")
            : Meets($"A new sector for {person.Name}: broadens experience");
    }
}
