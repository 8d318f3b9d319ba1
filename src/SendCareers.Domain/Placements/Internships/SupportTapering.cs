namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// Job-coach fading. A coach starts alongside the intern and steps back as natural support from
/// colleagues takes over; support that does not fall is an early sign that a job will not be sustainable
/// without Access to Work funding or a change of tasks.
/// </summary>
public static class SupportTapering
{
    public const int MinimumWeeksToJudge = 4;

    /// <summary>Weeks averaged at each end of the log.</summary>
    public const int WindowWeeks = 3;

    /// <summary>
    /// The weeks before the end held at the target level, so the employer sees the intern working
    /// with only natural support before deciding on a job offer.
    /// </summary>
    public const int SteadyWeeksAtEnd = 4;

    /// <summary>A change smaller than this share of the early level is treated as no change.</summary>
    private const decimal Tolerance = 0.1m;

    public static TaperingAssessment Assess(IReadOnlyList<SupportWeek> log, DateOnly internshipEnds, decimal targetWeeklyHours = 0m)
    {
        foreach (var week in log)
        {
            CheckHours(week.DirectHours, nameof(log));
        }

        var ordered = log.OrderBy(w => w.WeekStarting).ToList();
        if (ordered.Count < MinimumWeeksToJudge)
        {
            var last = ordered.Count == 0 ? 0m : ordered[^1].DirectHours;
            return new TaperingAssessment(TaperingStatus.TooEarlyToTell,
                $"Log at least {MinimumWeeksToJudge} weeks of support before judging whether it is reducing.",
                last, last, []);
        }

        var window = Math.Min(WindowWeeks, ordered.Count / 2);
        var early = Average(ordered.Take(window));
        var recent = Average(ordered.TakeLast(window));
        var slope = Slope(ordered);
        var change = early == 0m ? 0m : (recent - early) / early;

        var (status, explanation) = (recent, slope, change) switch
        {
            (0m, _, _) => (TaperingStatus.Tapering, "No direct support was needed in the latest weeks."),
            (_, < 0, <= -Tolerance) => (TaperingStatus.Tapering,
                $"Support has fallen from about {Hours(early)} to {Hours(recent)} a week."),
            (_, > 0, >= Tolerance) => (TaperingStatus.Increasing,
                $"Support has risen from about {Hours(early)} to {Hours(recent)} a week. " +
                "Check whether the tasks, the rotation or the intern's circumstances have changed."),
            _ => (TaperingStatus.Flat,
                $"Support has stayed at about {Hours(recent)} a week. Plan how colleagues can take over some of it."),
        };

        var nextWeek = ordered[^1].WeekStarting.AddDays(7);
        var plan = status == TaperingStatus.Tapering && recent <= targetWeeklyHours
            ? []
            : SuggestPlan(recent, nextWeek, internshipEnds, targetWeeklyHours);
        return new TaperingAssessment(status, explanation, early, recent, plan);
    }

    /// <summary>
    /// Even steps, in half hours, from the current level down to the target, reached
    /// <see cref="SteadyWeeksAtEnd"/> weeks before the internship ends (or at the end if it is close).
    /// Never rises and never goes below the target.
    /// </summary>
    public static IReadOnlyList<SupportWeek> SuggestPlan(decimal currentWeeklyHours, DateOnly firstWeek, DateOnly internshipEnds, decimal targetWeeklyHours = 0m)
    {
        CheckHours(currentWeeklyHours, nameof(currentWeeklyHours));
        CheckHours(targetWeeklyHours, nameof(targetWeeklyHours));

        var weeks = new List<DateOnly>();
        for (var week = firstWeek; week <= internshipEnds; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        if (currentWeeklyHours <= targetWeeklyHours)
        {
            return weeks.Select(w => new SupportWeek(w, currentWeeklyHours)).ToList();
        }

        var steady = weeks.Count > SteadyWeeksAtEnd + 1 ? SteadyWeeksAtEnd : 0;
        var taperWeeks = weeks.Count - steady;
        var plan = new List<SupportWeek>(weeks.Count);
        var previous = currentWeeklyHours;
        for (var i = 0; i < weeks.Count; i++)
        {
            var hours = i >= taperWeeks - 1
                ? targetWeeklyHours
                : RoundToHalfHour(currentWeeklyHours - ((currentWeeklyHours - targetWeeklyHours) * (i + 1) / taperWeeks));
            hours = Math.Clamp(hours, targetWeeklyHours, previous);
            plan.Add(new SupportWeek(weeks[i], hours));
            previous = hours;
        }

        return plan;
    }

    private static void CheckHours(decimal hours, string paramName)
    {
        // 168 is every hour of a week: anything above is a typing mistake the form should have caught.
        if (hours is < 0m or > 168m)
        {
            throw new ArgumentOutOfRangeException(paramName, hours, "Weekly hours must be between 0 and 168.");
        }
    }

    private static decimal Average(IEnumerable<SupportWeek> weeks) => Math.Round(weeks.Average(w => w.DirectHours), 1);

    // Least-squares slope in hours per week; weeks are placed by date so a missed week (holiday) does not distort it.
    private static double Slope(List<SupportWeek> weeks)
    {
        var xs = weeks.Select(w => (w.WeekStarting.DayNumber - weeks[0].WeekStarting.DayNumber) / 7.0).ToArray();
        var ys = weeks.Select(w => (double)w.DirectHours).ToArray();
        var (meanX, meanY) = (xs.Average(), ys.Average());
        var covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return variance == 0 ? 0 : covariance / variance;
    }

    private static decimal RoundToHalfHour(decimal hours) => Math.Round(hours * 2m, MidpointRounding.AwayFromZero) / 2m;

    private static string Hours(decimal hours) => hours == 1m ? "1 hour" : $"{hours:0.#} hours";
}
