namespace SendCareers.Domain.Ndti;

/// <summary>
/// A young person as the NDTi table needs them: their EHCP and setting now (AtCollege: a further education
/// or specialist college), and the recorded changes to them, oldest recorded first.
/// </summary>
/// <remarks>
/// On any day the latest-recorded change in force then wins, so a change recorded later with an earlier date
/// corrects the ones before it. Before the earliest change, the value is what that change replaced, or, when
/// nothing was recorded before it, what it recorded. With no changes at all, today's values stand for every
/// day: records kept before the history existed are counted as they always were.
/// </remarks>
public sealed record NdtiPerson(long Id, DateOnly DateOfBirth, bool HasEhcp, bool AtCollege, IReadOnlyList<NdtiStatusChange>? Changes = null)
{
    public bool HasEhcpOn(DateOnly day) => ValueOn(day, c => c.HasEhcp, c => c.HadEhcpBefore, HasEhcp);

    public bool AtCollegeOn(DateOnly day) => ValueOn(day, c => c.AtCollege, c => c.WasAtCollegeBefore, AtCollege);

    /// <summary>True if they had an EHCP on any day of the academic year starting 1 September of <paramref name="academicYear"/>.</summary>
    public bool HadEhcpDuring(int academicYear)
    {
        var first = new DateOnly(academicYear, 9, 1);
        var last = new DateOnly(academicYear + 1, 8, 31);

        // The answer only changes on a change's date, so those days and the first day are enough to look at.
        return HasEhcpOn(first) || (Changes ?? []).Any(c => c.HasEhcp is not null && c.From > first && c.From <= last && HasEhcpOn(c.From));
    }

    private bool ValueOn(DateOnly day, Func<NdtiStatusChange, bool?> after, Func<NdtiStatusChange, bool?> before, bool now)
    {
        var changes = (Changes ?? []).Where(c => after(c) is not null).ToList();
        if (changes.Count == 0)
        {
            return now;
        }

        if (changes.LastOrDefault(c => c.From <= day) is { } inForce)
        {
            return after(inForce)!.Value;
        }

        var earliest = changes.MinBy(c => c.From)!;
        return before(earliest) ?? after(earliest)!.Value;
    }
}
