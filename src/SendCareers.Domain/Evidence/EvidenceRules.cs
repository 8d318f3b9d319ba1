using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Evidence;

/// <summary>
/// Which benchmark a kind of activity counts towards, and where it happened. Off-site workplace visits
/// count under Benchmark 6, not 5 (Gatsby Benchmark guidance); part-time and paid jobs count under neither.
/// </summary>
public static class EvidenceRules
{
    public static GatsbyBenchmark? BenchmarkFor(OpeningKind kind) => kind switch
    {
        OpeningKind.EncounterTalk or OpeningKind.EncounterMockInterviews => GatsbyBenchmark.EncounterWithEmployers,
        OpeningKind.EncounterVisit or OpeningKind.WorkExperience or OpeningKind.ExtendedPlacement or OpeningKind.SupportedInternship => GatsbyBenchmark.ExperienceOfWorkplaces,
        _ => null,
    };

    /// <summary>
    /// Talks and mock interviews come to the school; visits go out. A placement is internal when its
    /// workplace is the school's own address.
    /// </summary>
    public static EvidenceSetting SettingFor(OpeningKind kind, string? workplacePostcode, string? schoolPostcode)
    {
        if (kind.IsEncounter())
        {
            return kind == OpeningKind.EncounterVisit ? EvidenceSetting.External : EvidenceSetting.Internal;
        }

        return Normalise(workplacePostcode) is { Length: > 0 } place && place == Normalise(schoolPostcode)
            ? EvidenceSetting.Internal
            : EvidenceSetting.External;
    }

    /// <summary>
    /// Hours a placement gave: its weekly hours for each week begun, or else each working day's length
    /// (5 hours when unknown) for every working day in the range.
    /// </summary>
    public static decimal PlacementHours(DateOnly start, DateOnly end, WeekDays days, TimeOnly? dayStarts, TimeOnly? dayEnds, decimal? hoursPerWeek)
    {
        if (end < start)
        {
            return 0;
        }

        var span = end.DayNumber - start.DayNumber + 1;
        if (hoursPerWeek is { } weekly and > 0)
        {
            return weekly * ((span + 6) / 7);
        }

        var workDays = days == WeekDays.None ? WeekDays.Weekdays : days;
        var count = 0;
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            if ((workDays & Flag(d.DayOfWeek)) != 0)
            {
                count++;
            }
        }

        var daily = dayStarts is { } s && dayEnds is { } e && e > s ? (decimal)(e - s).TotalHours : 5m;
        return Math.Round(count * daily, 1);
    }

    private static WeekDays Flag(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WeekDays.Monday,
        DayOfWeek.Tuesday => WeekDays.Tuesday,
        DayOfWeek.Wednesday => WeekDays.Wednesday,
        DayOfWeek.Thursday => WeekDays.Thursday,
        DayOfWeek.Friday => WeekDays.Friday,
        DayOfWeek.Saturday => WeekDays.Saturday,
        _ => WeekDays.Sunday,
    };

    private static string Normalise(string? postcode) =>
        postcode is null ? "" : new string(postcode.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
