namespace SendCareers.Web.Data.Entities;

/// <summary>
/// What a young person tapped in their Easy Read debrief for "What did you like?" and "What was hard?".
/// Several may be chosen; stored as one number.
/// </summary>
[Flags]
public enum DebriefTopics
{
    None = 0,
    People = 1,
    Tasks = 2,
    Place = 4,
    Breaks = 8,
    GettingThere = 16,
    SomethingElse = 32,
}
