using SendCareers.Domain.People;

namespace SendCareers.Domain.Ndti;

/// <summary>Section 1 of the NDTi Employment Pathways toolkit: five academic years side by side, oldest first.</summary>
public sealed record NdtiSection1(IReadOnlyList<int> AcademicYears, IReadOnlyList<NdtiRow> Rows)
{
    public IReadOnlyList<string> YearLabels => AcademicYears.Select(SchoolYear.AcademicYearLabel).ToList();

    public NdtiRow Row(string label) => Rows.Single(r => r.Label == label);
}
