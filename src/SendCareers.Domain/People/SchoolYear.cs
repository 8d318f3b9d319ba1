namespace SendCareers.Domain.People;

/// <summary>
/// Age and English school year from a date of birth. A child starts Reception in the September after
/// turning four, so the year group is fixed by age on 31 August (the 1 September cut-off).
/// Y12 and Y13 are sixth form; Y14 stands for the year after, as special schools and colleges use it.
/// </summary>
public static class SchoolYear
{
    public const int FirstYearGroup = 7;
    public const int LastYearGroup = 14;

    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        // Compare month and day rather than AddYears: someone born on 29 February comes of age
        // on 1 March in a common year, as UK law has it.
        var age = on.Year - dateOfBirth.Year;
        if (on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>The academic year (starting 1 September) that contains the date, named by its first calendar year.</summary>
    public static int AcademicYearStarting(DateOnly on) => on.Month >= 9 ? on.Year : on.Year - 1;

    /// <summary>"2025/26" for the academic year starting September 2025.</summary>
    public static string AcademicYearLabel(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";

    /// <summary>
    /// National curriculum year group on the given date: Year 1 is the year in which a child turns six
    /// by 31 August. Can be below 7 or above 14; callers decide what is in range.
    /// </summary>
    public static int YearGroupOn(DateOnly dateOfBirth, DateOnly on)
    {
        var academicYear = AcademicYearStarting(on);
        var ageOnCutOff = AgeOn(dateOfBirth, new DateOnly(academicYear, 8, 31));
        return ageOnCutOff - 4;
    }

    /// <summary>
    /// The first and last dates of birth of the year group on the given date: the reverse of <see cref="YearGroupOn"/>,
    /// so a list can filter by year group on the date of birth column.
    /// </summary>
    public static (DateOnly FirstBorn, DateOnly LastBorn) BirthDatesIn(int yearGroup, DateOnly on)
    {
        var academicYear = AcademicYearStarting(on);
        return (new DateOnly(academicYear - yearGroup - 5, 9, 1), new DateOnly(academicYear - yearGroup - 4, 8, 31));
    }

    /// <summary>"Y10", or "Y14+" past the last year group, "below Y7" before the first.</summary>
    public static string YearGroupLabel(int yearGroup) => yearGroup switch
    {
        < FirstYearGroup => "below Y7",
        > LastYearGroup => "post-Y14",
        _ => $"Y{yearGroup}",
    };
}
