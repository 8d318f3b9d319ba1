using System.Globalization;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Requests;

/// <summary>
/// Checks a request as typed, with GOV.UK messages by field. A window must hold at least one day that
/// suits (a window of weekends when only weekdays suit is refused, not posted to wait forever).
/// </summary>
public static class RequestForm
{
    public const int TitleMaxLength = 200;
    public const int GroupMaxSize = 30;
    public const int LongestWindowDays = 120;

    public static readonly OpeningKind[] Kinds = [OpeningKind.EncounterTalk, OpeningKind.EncounterVisit, OpeningKind.EncounterMockInterviews];

    public static readonly WorkplaceAccess[] AccessChoices = [WorkplaceAccess.StepFree, WorkplaceAccess.QuietSpace, WorkplaceAccess.AccessibleToilet, WorkplaceAccess.HearingLoop];

    public static readonly WeekDays[] DayChoices = [WeekDays.Monday, WeekDays.Tuesday, WeekDays.Wednesday, WeekDays.Thursday, WeekDays.Friday];

    public sealed record Problem(string Field, string Message);

    /// <param name="people">The young people the coach may include, by id, with their school.</param>
    public static (RequestDetails? Details, IReadOnlyList<Problem> Problems) Check(RequestInput input, DateOnly today, IReadOnlyDictionary<int, int> people)
    {
        var problems = new List<Problem>();
        var title = Clean(input.Title);
        if (title.Length == 0)
        {
            problems.Add(new(nameof(input.Title), "Enter what you are asking for"));
        }
        else if (title.Length > TitleMaxLength)
        {
            problems.Add(new(nameof(input.Title), $"What you are asking for must be {TitleMaxLength} characters or fewer"));
        }

        var kind = Kinds.Cast<OpeningKind?>().FirstOrDefault(k => k.ToString() == input.Kind);
        if (kind is null)
        {
            problems.Add(new(nameof(input.Kind), "Select the kind of encounter"));
        }

        var sectors = new List<Sector>();
        foreach (var value in input.Sectors.Where(v => v != "any"))
        {
            if (Enum.TryParse<Sector>(value, out var sector) && Enum.IsDefined(sector) && !int.TryParse(value, out _))
            {
                sectors.Add(sector);
            }
            else
            {
                problems.Add(new(nameof(input.Sectors), "Select sectors from the list"));
                break;
            }
        }

        var venue = Enum.GetValues<RequestVenue>().Cast<RequestVenue?>().FirstOrDefault(v => v.ToString() == input.Venue);
        if (venue is null)
        {
            problems.Add(new(nameof(input.Venue), "Select where it would take place"));
        }
        else if (kind == OpeningKind.EncounterVisit && venue != RequestVenue.AtWorkplace)
        {
            problems.Add(new(nameof(input.Venue), "A workplace visit takes place at the workplace: select at the employer's workplace"));
        }

        var days = WeekDays.None;
        foreach (var value in input.Days)
        {
            if (DayChoices.Cast<WeekDays?>().FirstOrDefault(d => d.ToString() == value) is { } day)
            {
                days |= day;
            }
            else
            {
                problems.Add(new(nameof(input.Days), "Select days from the list"));
                break;
            }
        }

        if (input.Days.Count == 0)
        {
            problems.Add(new(nameof(input.Days), "Select the days that suit the group"));
        }

        DateOnly? first = null;
        if (!input.FirstDay.TryRead("Earliest date", out var f, out var firstError, example: "3 3 2027"))
        {
            problems.Add(new(nameof(input.FirstDay), firstError!));
        }
        else if (f < today)
        {
            problems.Add(new(nameof(input.FirstDay), "The earliest date must be today or in the future"));
        }
        else if (f > today.AddYears(1))
        {
            problems.Add(new(nameof(input.FirstDay), "The earliest date must be within a year"));
        }
        else
        {
            first = f;
        }

        DateOnly? last = null;
        if (!input.LastDay.TryRead("Latest date", out var l, out var lastError, example: "31 3 2027"))
        {
            problems.Add(new(nameof(input.LastDay), lastError!));
        }
        else if (first is { } from && l < from)
        {
            problems.Add(new(nameof(input.LastDay), "The latest date must be the same as or after the earliest date"));
        }
        else if (first is { } start && l.DayNumber - start.DayNumber > LongestWindowDays)
        {
            problems.Add(new(nameof(input.LastDay), $"The dates must be no more than {LongestWindowDays} days apart, so employers can plan"));
        }
        else
        {
            last = l;
        }

        if (first is { } a && last is { } b && days != WeekDays.None && SuitableDays(a, b, days).Count == 0)
        {
            problems.Add(new(nameof(input.Days), "None of the dates between the earliest and latest date falls on a day you selected: change the dates or the days"));
        }

        TimeOnly? startTime = null;
        if (string.IsNullOrWhiteSpace(input.StartTime))
        {
            problems.Add(new(nameof(input.StartTime), "Enter a start time"));
        }
        else if (!Encounters.ClockTime.TryParse(input.StartTime, out var s))
        {
            problems.Add(new(nameof(input.StartTime), "Enter a start time like 10am or 14:30"));
        }
        else
        {
            startTime = s;
        }

        TimeOnly? endTime = null;
        if (string.IsNullOrWhiteSpace(input.EndTime))
        {
            problems.Add(new(nameof(input.EndTime), "Enter an end time"));
        }
        else if (!Encounters.ClockTime.TryParse(input.EndTime, out var e))
        {
            problems.Add(new(nameof(input.EndTime), "Enter an end time like 11am or 15:30"));
        }
        else if (startTime is { } begin && e <= begin)
        {
            problems.Add(new(nameof(input.EndTime), "The end time must be after the start time"));
        }
        else
        {
            endTime = e;
        }

        int? travel = null;
        if (!string.IsNullOrWhiteSpace(input.GroupTravelMiles))
        {
            if (!int.TryParse(input.GroupTravelMiles.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var miles) || miles is < 1 or > 200)
            {
                problems.Add(new(nameof(input.GroupTravelMiles), "Enter how far the group can travel as a whole number of miles, from 1 to 200"));
            }
            else
            {
                travel = miles;
            }
        }

        var chosen = input.YoungPeople.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).Distinct().ToList();
        if (chosen.Count == 0)
        {
            problems.Add(new(nameof(input.YoungPeople), "Select at least one young person"));
        }
        else if (chosen.Any(id => !people.ContainsKey(id)))
        {
            problems.Add(new(nameof(input.YoungPeople), "Select young people from the list"));
        }
        else if (chosen.Count > GroupMaxSize)
        {
            problems.Add(new(nameof(input.YoungPeople), $"Select {GroupMaxSize} young people or fewer: no host takes a bigger group"));
        }
        else if (chosen.Select(id => people[id]).Distinct().Count() > 1)
        {
            problems.Add(new(nameof(input.YoungPeople), "Select young people from one school or college"));
        }

        var access = WorkplaceAccess.None;
        foreach (var value in input.Access)
        {
            if (AccessChoices.Cast<WorkplaceAccess?>().FirstOrDefault(x => x.ToString() == value) is { } need)
            {
                access |= need;
            }
            else
            {
                problems.Add(new(nameof(input.Access), "Select access needs from the list"));
                break;
            }
        }

        var notes = Clean(input.Notes, keepLines: true);
        if (notes.Length > EncounterRequest.MaxNotes)
        {
            problems.Add(new(nameof(input.Notes), $"Anything else must be {EncounterRequest.MaxNotes:N0} characters or fewer"));
        }

        var waveSize = WholeNumber(input.WaveSize, 1, 10, nameof(input.WaveSize), "Enter how many employers to ask at a time, from 1 to 10", problems);
        var hours = WholeNumber(input.AnswerHours, 4, 336, nameof(input.AnswerHours), "Enter how many hours each employer has to answer, from 4 to 336 (2 weeks)", problems);

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new RequestDetails(kind!.Value, title, sectors.Distinct().ToList(), first!.Value, last!.Value, days, startTime!.Value, endTime!.Value,
            venue!.Value, venue == RequestVenue.AtWorkplace ? travel : null, chosen, venue == RequestVenue.AtWorkplace ? access : WorkplaceAccess.None,
            notes.Length == 0 ? null : notes, waveSize!.Value, hours!.Value), problems);
    }

    /// <summary>The dates in the window that fall on one of the days, earliest first.</summary>
    public static IReadOnlyList<DateOnly> SuitableDays(DateOnly first, DateOnly last, WeekDays days)
    {
        var found = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if ((DayOf(day) & days) != 0)
            {
                found.Add(day);
            }
        }

        return found;
    }

    public static WeekDays DayOf(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => WeekDays.Monday,
        DayOfWeek.Tuesday => WeekDays.Tuesday,
        DayOfWeek.Wednesday => WeekDays.Wednesday,
        DayOfWeek.Thursday => WeekDays.Thursday,
        DayOfWeek.Friday => WeekDays.Friday,
        DayOfWeek.Saturday => WeekDays.Saturday,
        _ => WeekDays.Sunday,
    };

    /// <summary>The app's time-of-day flags a session touches: before noon is a morning, noon to 3.30pm an afternoon, later after school.</summary>
    public static TimeSlots SlotsOf(TimeOnly start, TimeOnly end)
    {
        var slots = TimeSlots.None;
        if (start < new TimeOnly(12, 0))
        {
            slots |= TimeSlots.Mornings;
        }

        if (end > new TimeOnly(12, 0) && start < new TimeOnly(15, 30))
        {
            slots |= TimeSlots.Afternoons;
        }

        if (end > new TimeOnly(15, 30))
        {
            slots |= TimeSlots.AfterSchool;
        }

        return slots;
    }

    private static int? WholeNumber(string? text, int min, int max, string field, string message, List<Problem> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(new(field, message));
        return null;
    }

    /// <summary>Trimmed, with control characters (a CR or LF that could reach an e-mail header) made spaces; notes keep their lines.</summary>
    private static string Clean(string? value, bool keepLines = false) =>
        new string([.. (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => char.IsControl(c) && !(keepLines && c == '\n') ? ' ' : c)]).Trim();
}
