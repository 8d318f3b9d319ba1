namespace SendCareers.Domain.Safeguarding;

/// <summary>
/// Whether an employer's recorded checks cover an activity from its first day to its last. A check must
/// still be valid on the last day: insurance that lapses halfway through a placement leaves it uncovered.
/// </summary>
public static class SafeguardingRules
{
    public static IReadOnlyList<CheckProblem> Problems(SafeguardingCheck required, IReadOnlyDictionary<SafeguardingCheck, DateOnly> expiries, DateOnly today, DateOnly lastDay)
    {
        var problems = new List<CheckProblem>();
        foreach (var check in required.Each())
        {
            if (!expiries.TryGetValue(check, out var expires))
            {
                problems.Add(new(check, CheckProblemKind.Missing, null));
            }
            else if (expires < today)
            {
                problems.Add(new(check, CheckProblemKind.Expired, expires));
            }
            else if (expires < lastDay)
            {
                problems.Add(new(check, CheckProblemKind.ExpiresDuring, expires));
            }
        }

        return problems;
    }

    /// <summary>One message naming every problem, for the person trying to confirm.</summary>
    public static string Refusal(string employer, string activity, IReadOnlyList<CheckProblem> problems, string verb = "confirmed")
    {
        var list = string.Join("; ", problems.Select(p => p.Describe()));
        return $"{employer} cannot be {verb} for {activity} until its safeguarding checks are up to date: {list}. A hub administrator can record them on the employer's safeguarding checks page.";
    }
}
