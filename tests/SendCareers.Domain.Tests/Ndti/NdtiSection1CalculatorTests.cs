using SendCareers.Domain.Ndti;

namespace SendCareers.Domain.Tests.Ndti;

/// <summary>
/// A fixed cohort of five, counted by hand (the working is beside each expectation), against the calculator.
/// A: EHCP, at school, born 1 March 2010 (Y10 in 2024/25). B: EHCP, at college, born 15 January 2007.
/// C: EHCP, at college, born 5 May 2000 (25 on 1 September 2025, out of the cohort in 2026/27).
/// D: no EHCP, never counted. E: EHCP, at school, born 10 October 2009 (Y12 in 2026/27).
/// </summary>
public class NdtiSection1CalculatorTests
{
    private const long A = 1, B = 2, C = 3, D = 4, E = 5;

    private static NdtiSection1 Calculate()
    {
        NdtiPerson[] people =
        [
            new(A, new(2010, 3, 1), HasEhcp: true, AtCollege: false),
            new(B, new(2007, 1, 15), HasEhcp: true, AtCollege: true),
            new(C, new(2000, 5, 5), HasEhcp: true, AtCollege: true),
            new(D, new(2011, 2, 2), HasEhcp: false, AtCollege: false),
            new(E, new(2009, 10, 10), HasEhcp: true, AtCollege: false),
        ];
        NdtiReview[] reviews =
        [
            new(A, new(2024, 11, 1), true), new(A, new(2025, 10, 1), false),
            new(B, new(2023, 1, 10), true), new(B, new(2026, 9, 20), true),
            new(E, new(2026, 10, 5), true),
        ];
        DestinationRecord[] destinations =
        [
            new(B, new(2025, 7, 18), new(2025, 10, 1), DestinationKind.PaidEmployment, 20),
            new(B, new(2025, 7, 18), new(2026, 10, 1), DestinationKind.PaidEmployment, 20),
        ];
        NdtiActivity[] activities =
        [
            new(A, new(2025, 2, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(A, new(2025, 10, 15), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(B, new(2023, 3, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(B, new(2024, 9, 10), NdtiActivityKind.SupportedInternship),
            new(C, new(2023, 10, 1), NdtiActivityKind.Apprenticeship, 30),
            new(C, new(2025, 12, 1), NdtiActivityKind.PaidJob, 10),
            new(D, new(2025, 11, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(E, new(2026, 10, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(E, new(2026, 11, 1), NdtiActivityKind.OpenEmploymentWorkExperience),
            new(E, new(2026, 10, 20), NdtiActivityKind.PaidJob),
            .. DestinationStarts.From(destinations),
        ];
        return NdtiSection1Calculator.Calculate(people, reviews, activities, latestAcademicYear: 2026);
    }

    private static string[] Row(NdtiSection1 table, string label) => table.Row(label).Figures.Select(f => f.Display).ToArray();

    [Fact]
    public void Table_EqualsTheHandCount()
    {
        var table = Calculate();

        Assert.Equal(["2022/23", "2023/24", "2024/25", "2025/26", "2026/27"], table.YearLabels);
        // B,C | B,C | A,B,C,E | A,B,C,E | A,B,E
        Assert.Equal(["2", "2", "4", "4", "3"], Row(table, NdtiSection1Calculator.Cohort));
        // B of 2 | none of 2 | A of 4 | A's was not employment-focused | B and E of 3
        Assert.Equal(["50%", "0%", "25%", "0%", "67%"], Row(table, NdtiSection1Calculator.EmploymentFocusedReviews));
        Assert.Equal(["0", "0", "1", "0", "0"], Row(table, NdtiSection1Calculator.WorkExperiencePrefix + "Y10")); // A in 2024/25
        Assert.Equal(["0", "0", "0", "1", "0"], Row(table, NdtiSection1Calculator.WorkExperiencePrefix + "Y11")); // A in 2025/26
        Assert.Equal(["0", "0", "0", "0", "1"], Row(table, NdtiSection1Calculator.WorkExperiencePrefix + "Y12")); // E twice, counted once
        Assert.Equal(["0", "0", "0", "0", "0"], Row(table, NdtiSection1Calculator.WorkExperiencePrefix + "Y13"));
        Assert.Equal(["1", "0", "0", "0", "0"], Row(table, NdtiSection1Calculator.WorkExperiencePrefix + "FE")); // B at college; D has no EHCP
        Assert.Equal(["0", "0", "1", "0", "0"], Row(table, NdtiSection1Calculator.SupportedInternships));
        Assert.Equal(["0", "1", "0", "0", "0"], Row(table, NdtiSection1Calculator.Apprenticeships));
        // C's apprenticeship at 23 | B's job at the first checkpoint (the second is the same job) | E's job
        Assert.Equal(["0", "1", "0", "1", "1"], Row(table, NdtiSection1Calculator.FirstPaidJobs));
        // C at 30 hours | B at 20, C at 10 | E's hours unknown, so left out
        Assert.Equal(["No data", "100%", "No data", "50%", "No data"], Row(table, NdtiSection1Calculator.JobStartsAt16Hours));
    }

    [Fact]
    public void DestinationStarts_CountOnlyChanges()
    {
        var starts = DestinationStarts.From(
        [
            new(B, new(2020, 7, 1), new(2020, 10, 1), DestinationKind.FurtherEducation, null),
            new(B, new(2020, 7, 1), new(2021, 10, 1), DestinationKind.SupportedInternship, null),
            new(B, new(2020, 7, 1), new(2022, 10, 1), DestinationKind.SupportedEmployment, 18),
            new(B, new(2020, 7, 1), new(2023, 10, 1), DestinationKind.SupportedEmployment, 18),
        ]);

        Assert.Equal([NdtiActivityKind.SupportedInternship, NdtiActivityKind.PaidJob], starts.Select(s => s.Kind));
    }
}
