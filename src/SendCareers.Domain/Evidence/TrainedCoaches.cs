namespace SendCareers.Domain.Evidence;

/// <summary>
/// How many job coaches have training recorded, and on which courses (NDTi statement 7: enough trained
/// job coaches). A course counts each coach once, however often they took it, and courses typed with
/// different capitals are one course.
/// </summary>
public sealed record TrainedCoaches(int Coaches, int Trained, IReadOnlyList<(string Course, int Coaches)> Courses)
{
    /// <param name="coaches">How many job coaches there are.</param>
    /// <param name="training">Each course recorded, with the job coach who took it; only for those counted in <paramref name="coaches"/>.</param>
    public static TrainedCoaches Of(int coaches, IEnumerable<(string CoachId, string Course)> training)
    {
        var list = training.Select(t => (t.CoachId, Course: t.Course.Trim())).Where(t => t.Course.Length > 0).ToList();
        var courses = list.GroupBy(t => t.Course, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Course: Spelling(g.Select(t => t.Course)), Coaches: g.Select(t => t.CoachId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Coaches).ThenBy(c => c.Course, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new TrainedCoaches(coaches, list.Select(t => t.CoachId).Distinct(StringComparer.Ordinal).Count(), courses);
    }

    /// <summary>
    /// The name to show for one course typed several ways, whatever order the rows came in: the most
    /// common spelling, then the one with more capitals (typed as a title), then the first in ordinal order.
    /// </summary>
    private static string Spelling(IEnumerable<string> spellings) => spellings
        .GroupBy(s => s, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key.Count(char.IsUpper))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;
}
