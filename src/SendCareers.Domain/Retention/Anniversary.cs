namespace SendCareers.Domain.Retention;

/// <summary>Whole years after a date, counted as birthdays are in the UK.</summary>
public static class Anniversary
{
    /// <summary>
    /// The date <paramref name="years"/> after <paramref name="from"/>. In a common year the anniversary
    /// of 29 February is 1 March, as with ages (SchoolYear.AgeOn), so a period of whole years is never
    /// a day short.
    /// </summary>
    public static DateOnly After(DateOnly from, int years)
    {
        var shifted = from.AddYears(years);
        return from is { Month: 2, Day: 29 } && shifted.Day == 28 ? shifted.AddDays(1) : shifted;
    }
}
