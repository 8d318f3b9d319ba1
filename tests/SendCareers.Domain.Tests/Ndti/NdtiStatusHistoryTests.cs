using SendCareers.Domain.Ndti;

namespace SendCareers.Domain.Tests.Ndti;

/// <summary>
/// EHCP and setting as they were in each year, counted by hand against the calculator (2022/23 to 2026/27).
/// F: born 1 January 2008, at school, added without an EHCP; EHCP from 3 March 2025 (year 3 of 5).
/// G: born 10 October 2007, EHCP throughout; at school until they moved to college on 4 September 2024.
/// H: born 1 March 2010, EHCP, at school, no history (14 on 1 September 2024). I: no EHCP, no history.
/// </summary>
public class NdtiStatusHistoryTests
{
    private const long F = 1, G = 2, H = 3, I = 4;

    private static readonly NdtiStatusChange[] FChanges =
    [
        new(new(2022, 5, 1), HasEhcp: false, AtCollege: false),
        new(new(2025, 3, 3), HasEhcp: true, AtCollege: null, HadEhcpBefore: false),
    ];

    private static readonly NdtiStatusChange[] GChanges =
    [
        new(new(2024, 9, 4), HasEhcp: null, AtCollege: true, WasAtCollegeBefore: false),
    ];

    private static NdtiSection1 Calculate(bool withHistory)
    {
        NdtiPerson[] people =
        [
            new(F, new(2008, 1, 1), HasEhcp: true, AtCollege: false, withHistory ? FChanges : null),
            new(G, new(2007, 10, 10), HasEhcp: true, AtCollege: true, withHistory ? GChanges : null),
            new(H, new(2010, 3, 1), HasEhcp: true, AtCollege: false),
            new(I, new(2009, 6, 6), HasEhcp: false, AtCollege: false),
        ];
        NdtiReview[] reviews =
        [
            new(F, new(2023, 11, 1), true), new(F, new(2025, 11, 1), true),
            new(G, new(2023, 11, 5), false),
        ];
        NdtiActivity[] activities =
        [
            new(F, new(2023, 6, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(F, new(2024, 10, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(F, new(2024, 1, 10), NdtiActivityKind.PaidJob, 20),
            new(G, new(2023, 11, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(G, new(2024, 6, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(G, new(2025, 1, 15), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(G, new(2025, 10, 1), NdtiActivityKind.Apprenticeship, 30),
            new(H, new(2025, 2, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(I, new(2025, 2, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
        ];
        return NdtiSection1Calculator.Calculate(people, reviews, activities, latestAcademicYear: 2026);
    }

    private static string[] Row(NdtiSection1 table, string label) => table.Row(label).Figures.Select(f => f.Display).ToArray();

    private static string[] WorkExperience(NdtiSection1 table, string group) => Row(table, NdtiSection1Calculator.WorkExperiencePrefix + group);

    [Fact]
    public void EhcpFromYearThree_CountsOnlyFromYearThree_AndEachSettingInItsYears()
    {
        var table = Calculate(withHistory: true);

        // G | G | F (EHCP from March), G, H | F, G, H | F, G, H
        Assert.Equal(["1", "1", "3", "3", "3"], Row(table, NdtiSection1Calculator.Cohort));
        // G's not focused | F's focused review in 2023/24 was before the EHCP, G's not focused | none | F of 3 | none
        Assert.Equal(["0%", "0%", "0%", "33%", "0%"], Row(table, NdtiSection1Calculator.EmploymentFocusedReviews));
        // F's June 2023 work experience was before the EHCP, so not counted anywhere.
        Assert.Equal(["0", "0", "1", "0", "0"], WorkExperience(table, "Y10")); // H
        Assert.Equal(["0", "1", "0", "0", "0"], WorkExperience(table, "Y11")); // G twice at school, counted once
        Assert.Equal(["0", "0", "1", "0", "0"], WorkExperience(table, "Y12")); // F in October 2024: the EHCP came that March, so that year counts
        Assert.Equal(["0", "0", "0", "0", "0"], WorkExperience(table, "Y13"));
        Assert.Equal(["0", "0", "1", "0", "0"], WorkExperience(table, "FE")); // G at college; I has no EHCP
        // F's first job (2023/24) was before the EHCP | G's apprenticeship
        Assert.Equal(["0", "0", "0", "1", "0"], Row(table, NdtiSection1Calculator.FirstPaidJobs));
        Assert.Equal(["No data", "No data", "No data", "100%", "No data"], Row(table, NdtiSection1Calculator.JobStartsAt16Hours));
    }

    [Fact]
    public void NoHistory_CountsEveryYearByTodaysValues()
    {
        var table = Calculate(withHistory: false);

        // F, G | F, G | F, G, H | F, G, H | F, G, H
        Assert.Equal(["2", "2", "3", "3", "3"], Row(table, NdtiSection1Calculator.Cohort));
        // none of 2 | F of 2 | none | F of 3 | none
        Assert.Equal(["0%", "50%", "0%", "33%", "0%"], Row(table, NdtiSection1Calculator.EmploymentFocusedReviews));
        Assert.Equal(["1", "0", "1", "0", "0"], WorkExperience(table, "Y10")); // F in June 2023, H
        Assert.Equal(["0", "0", "0", "0", "0"], WorkExperience(table, "Y11"));
        Assert.Equal(["0", "0", "1", "0", "0"], WorkExperience(table, "Y12")); // F
        Assert.Equal(["0", "1", "1", "0", "0"], WorkExperience(table, "FE")); // G counted at college in both years
        Assert.Equal(["0", "1", "0", "1", "0"], Row(table, NdtiSection1Calculator.FirstPaidJobs)); // F | G
        Assert.Equal(["No data", "100%", "No data", "100%", "No data"], Row(table, NdtiSection1Calculator.JobStartsAt16Hours));
    }

    [Fact]
    public void BeforeTheFirstChange_TheValueIsWhatItReplaced()
    {
        var person = new NdtiPerson(F, new(2008, 1, 1), HasEhcp: true, AtCollege: false, [new(new(2025, 3, 3), HasEhcp: true, AtCollege: null, HadEhcpBefore: false)]);

        Assert.False(person.HasEhcpOn(new(2025, 3, 2)));
        Assert.True(person.HasEhcpOn(new(2025, 3, 3)));
        Assert.False(person.HadEhcpDuring(2023));
        Assert.True(person.HadEhcpDuring(2024));
        Assert.False(person.AtCollegeOn(new(2020, 1, 1))); // no setting changes: today's setting
    }

    [Fact]
    public void AddedWithNothingBefore_TheFirstRecordStandsForEarlierDays()
    {
        var person = new NdtiPerson(F, new(2008, 1, 1), HasEhcp: true, AtCollege: true, [new(new(2025, 1, 10), HasEhcp: true, AtCollege: true)]);

        Assert.True(person.HasEhcpOn(new(2020, 1, 1)));
        Assert.True(person.AtCollegeOn(new(2020, 1, 1)));
    }

    [Fact]
    public void AChangeRecordedLater_CorrectsAnEarlierOne_FromItsDate()
    {
        // Recorded as starting on 3 March 2025, then corrected: the plan ended on 1 January 2025.
        var person = new NdtiPerson(F, new(2008, 1, 1), HasEhcp: false, AtCollege: false,
        [
            new(new(2025, 3, 3), HasEhcp: true, AtCollege: null, HadEhcpBefore: false),
            new(new(2025, 1, 1), HasEhcp: false, AtCollege: null, HadEhcpBefore: true),
        ]);

        Assert.True(person.HasEhcpOn(new(2024, 12, 31)));
        Assert.False(person.HasEhcpOn(new(2025, 2, 1)));
        Assert.False(person.HasEhcpOn(new(2025, 6, 1)));
    }
}
