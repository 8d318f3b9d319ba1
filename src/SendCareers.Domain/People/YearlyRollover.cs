namespace SendCareers.Domain.People;

/// <summary>What the yearly rollover does with one young person.</summary>
public enum RolloverChoice
{
    /// <summary>Stays at the school and moves up a year group (year groups follow from the date of birth).</summary>
    Stays = 1,

    /// <summary>Leaves at the end of the year: destination tracking starts.</summary>
    Leaves,

    /// <summary>Moves to another school or college in the hub, keeping their record and history.</summary>
    Moves,
}

/// <summary>
/// The yearly rollover: before a new school year a coach says who stays, who leaves and who moves to another
/// school or college in the hub. From June the rollover prepares the coming September; from September to May
/// it is the year under way (a rollover done late).
/// </summary>
public static class YearlyRollover
{
    /// <summary>The first month in which the coming September's rollover is prepared.</summary>
    public const int PreparedFromMonth = 6;

    /// <summary>The last month in which a rollover not yet done is shown as waiting.</summary>
    public const int WaitingUntilMonth = 9;

    /// <summary>The academic year (named by its first calendar year) the rollover prepares on this day.</summary>
    public static int PreparedYear(DateOnly today) => today.Month >= PreparedFromMonth ? today.Year : today.Year - 1;

    /// <summary>
    /// The default last day at school for those leaving: 31 July, around when summer terms end, of the year
    /// before <paramref name="preparedYear"/>. The academic year runs to 31 August, but term has ended by then.
    /// </summary>
    public static DateOnly DefaultLeavingDate(int preparedYear) => new(preparedYear, 7, 31);

    /// <summary>Year group in the year ending and in the year prepared.</summary>
    public static (int Now, int Next) YearGroups(DateOnly dateOfBirth, int preparedYear) =>
        (SchoolYear.YearGroupOn(dateOfBirth, new DateOnly(preparedYear - 1, 9, 1)), SchoolYear.YearGroupOn(dateOfBirth, new DateOnly(preparedYear, 9, 1)));

    /// <summary>Leaves when next year they would be past the last year group schools and colleges keep (post-Y14, 19 and over); stays otherwise.</summary>
    public static RolloverChoice DefaultChoice(DateOnly dateOfBirth, int preparedYear) =>
        YearGroups(dateOfBirth, preparedYear).Next > SchoolYear.LastYearGroup ? RolloverChoice.Leaves : RolloverChoice.Stays;

    /// <summary>Someone has left once their leaving date has come; until then they are still at school.</summary>
    public static bool HasLeft(DateOnly? leftOn, DateOnly today) => leftOn is { } left && left <= today;

    /// <summary>
    /// The leaving dates a coach may give: from the start of the year ending (a rollover records this year's
    /// leavers) to the end of the year prepared.
    /// </summary>
    public static (DateOnly Earliest, DateOnly Latest) LeavingDateRange(int preparedYear) =>
        (new DateOnly(preparedYear - 1, 9, 1), new DateOnly(preparedYear + 1, 8, 31));

    /// <summary>True from June to September while the rollover for the coming year has not been done.</summary>
    public static bool IsWaiting(DateOnly today, IEnumerable<int> yearsDone)
    {
        ArgumentNullException.ThrowIfNull(yearsDone);
        var month = today.Month;
        return month is >= PreparedFromMonth and <= WaitingUntilMonth && !yearsDone.Contains(PreparedYear(today));
    }
}
