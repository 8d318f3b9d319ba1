using System.Globalization;
using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Backups;

/// <summary>
/// Which database backups to keep: the newest backup of each of the last <see cref="Days"/> UK days,
/// and the newest of each of the last <see cref="Weeks"/> ISO weeks (Monday to Sunday), counted back
/// from the newest backup rather than from today, so a hub whose backups stopped never has its last good
/// copies tidied away. Everything else may be deleted.
/// </summary>
public sealed record BackupRotation(int Days, int Weeks)
{
    public const int MaximumDays = 366;

    public const int MaximumWeeks = 520;

    /// <summary>Why these numbers cannot be used, or null when they can.</summary>
    public static string? Problem(int days, int weeks) =>
        days is < 1 or > MaximumDays ? $"Keep between 1 and {MaximumDays} daily backups, not {days}"
        : weeks is < 0 or > MaximumWeeks ? $"Keep between 0 and {MaximumWeeks} weekly backups, not {weeks}"
        : null;

    /// <summary>The backups (by when each was taken) to keep; the newest is always kept.</summary>
    public IReadOnlySet<DateTimeOffset> Keep(IEnumerable<DateTimeOffset> takenAt)
    {
        var newestFirst = takenAt.Distinct().OrderByDescending(t => t).ToList();
        var keep = new HashSet<DateTimeOffset>();
        if (newestFirst.Count == 0)
        {
            return keep;
        }

        var newestDay = DateOnly.FromDateTime(UkTime.ToUk(newestFirst[0]).DateTime);
        var oldestDayKept = newestDay.AddDays(1 - Days);
        var newestWeek = WeekStart(newestDay);
        var oldestWeekKept = newestWeek.AddDays(-7 * (Weeks - 1));
        var days = new HashSet<DateOnly>();
        var weeks = new HashSet<DateOnly>();
        foreach (var taken in newestFirst)
        {
            var day = DateOnly.FromDateTime(UkTime.ToUk(taken).DateTime);
            var week = WeekStart(day);
            var newestOfItsDay = day >= oldestDayKept && days.Add(day);
            var newestOfItsWeek = Weeks > 0 && week >= oldestWeekKept && weeks.Add(week);
            if (newestOfItsDay || newestOfItsWeek)
            {
                keep.Add(taken);
            }
        }

        return keep;
    }

    private static DateOnly WeekStart(DateOnly day) =>
        day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days} daily, {Weeks} weekly");
}
