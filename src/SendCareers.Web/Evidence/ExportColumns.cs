namespace SendCareers.Web.Evidence;

/// <summary>
/// The column lists of the CSV downloads, in order. docs/exports.md explains each column; a test checks
/// the two agree, so the documentation cannot drift from the files.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<string> Encounters =
        ["Learner ID", "Preferred name", "School", "Year group", "Date", "Academic year", "Source", "Activity", "Benchmark", "Setting", "Employer", "Sector", "Hours"];

    public static readonly IReadOnlyList<string> Employers =
        ["Employer ID", "Organisation", "Status", "Cornerstone", "Sectors", "Size", "Disability Confident", "Hours pledged this year", "Hours delivered this year", "Checks up to date", "Next check expiry", "Joined on"];

    public static readonly IReadOnlyList<string> Placements =
        ["Placement ID", "Learner ID", "School", "Employer", "Opening", "Activity", "Sector", "State", "Proposed on", "Starts on", "Ends on", "Paid job offered", "Paid hours a week"];

    public static readonly IReadOnlyList<string> Debriefs =
        ["Debrief ID", "Placement ID", "Encounter ID", "Employer", "Activity", "Respondent", "Rating", "Would host again", "Submitted on"];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["encounters"] = Encounters,
        ["employers"] = Employers,
        ["placements"] = Placements,
        ["debriefs"] = Debriefs,
    };
}
