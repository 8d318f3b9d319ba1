using System.Globalization;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Employers;

namespace SendCareers.Web.Encounters;

/// <summary>Checks the encounter form against what the coach may choose, with GOV.UK messages by field.</summary>
public static class EncounterForm
{
    public const int TitleMaxLength = 200;
    public const int GroupMaxSize = 30;

    public sealed record Problem(string Field, string Message);

    /// <param name="employers">Approved employers that may host.</param>
    /// <param name="people">Young people the coach may book, by id, with their school.</param>
    /// <param name="mayBeInThePast">True when recording a new encounter: one already held (up to a year ago) is recorded, with its register, rather than scheduled.</param>
    public static (EncounterDetails? Details, IReadOnlyList<Problem> Problems) Check(
        EncounterInput input, DateOnly today, IReadOnlyCollection<int> employers, IReadOnlyDictionary<int, int?> people, bool mayBeInThePast = false)
    {
        var problems = new List<Problem>();
        var title = EmployerProfileValidator.Clean(input.Title);
        if (title.Length == 0)
        {
            problems.Add(new(nameof(input.Title), "Enter a title for the encounter"));
        }
        else if (title.Length > TitleMaxLength)
        {
            problems.Add(new(nameof(input.Title), $"Title must be {TitleMaxLength} characters or fewer"));
        }

        var kind = EncounterQueries.Kinds.Cast<OpeningKind?>().FirstOrDefault(k => k.ToString() == input.Kind);
        if (kind is null)
        {
            problems.Add(new(nameof(input.Kind), "Select the kind of encounter"));
        }

        int? employerId = int.TryParse(input.EmployerId, NumberStyles.None, CultureInfo.InvariantCulture, out var e) && employers.Contains(e) ? e : null;
        if (employerId is null)
        {
            problems.Add(new(nameof(input.EmployerId), "Select the employer"));
        }

        DateOnly? date = null;
        if (!input.Date.TryRead("Date", out var d, out var dateError))
        {
            problems.Add(new(nameof(input.Date), dateError!));
        }
        else if (!mayBeInThePast && d < today)
        {
            problems.Add(new(nameof(input.Date), "The date must be today or in the future"));
        }
        else if (d < today.AddYears(-1))
        {
            problems.Add(new(nameof(input.Date), "The date must be within the last 12 months, or in the future"));
        }
        else if (d > today.AddYears(2))
        {
            problems.Add(new(nameof(input.Date), "The date must be within 2 years"));
        }
        else
        {
            date = d;
        }

        TimeOnly? start = null;
        if (string.IsNullOrWhiteSpace(input.StartTime))
        {
            problems.Add(new(nameof(input.StartTime), "Enter a start time"));
        }
        else if (!ClockTime.TryParse(input.StartTime, out var s))
        {
            problems.Add(new(nameof(input.StartTime), "Enter a start time like 10am or 14:30"));
        }
        else
        {
            start = s;
        }

        if (string.IsNullOrWhiteSpace(input.EndTime))
        {
            problems.Add(new(nameof(input.EndTime), "Enter an end time"));
        }
        else if (!ClockTime.TryParse(input.EndTime, out var endTime))
        {
            problems.Add(new(nameof(input.EndTime), "Enter an end time like 11am or 15:30"));
        }
        else if (start is { } begin && endTime <= begin)
        {
            problems.Add(new(nameof(input.EndTime), "The end time must be after the start time"));
        }

        var location = Required(input.Location, nameof(input.Location), "Enter where the encounter takes place", "Where", 300, problems);
        var meetingPoint = EmployerProfileValidator.Clean(input.MeetingPoint);
        if (meetingPoint.Length > FormValues.MaxPlaceLength)
        {
            problems.Add(new(nameof(input.MeetingPoint), $"Meeting point must be {FormValues.MaxPlaceLength} characters or fewer"));
        }

        var hostName = Required(input.HostName, nameof(input.HostName), "Enter the name of the person hosting it", "Host's name", 200, problems);
        var hostEmail = EmployerProfileValidator.Clean(input.HostEmail);
        if (hostEmail.Length == 0)
        {
            problems.Add(new(nameof(input.HostEmail), "Enter the host's e-mail address, so they get the reminders"));
        }
        else if (hostEmail.Length > 254 || !EmployerProfileValidator.IsEmailAddress(hostEmail))
        {
            problems.Add(new(nameof(input.HostEmail), "Enter an e-mail address in the correct format, like name@example.com"));
        }

        var chosen = input.YoungPeople
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Distinct()
            .ToList();
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
            problems.Add(new(nameof(input.YoungPeople), $"Select {GroupMaxSize} young people or fewer"));
        }
        else if (chosen.Select(id => people[id]).Distinct().Count() > 1)
        {
            problems.Add(new(nameof(input.YoungPeople), "Select young people from one school or college"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        // Checked above with the other problems: the end time parsed.
        _ = ClockTime.TryParse(input.EndTime, out var end);
        return (new EncounterDetails(
            employerId!.Value, kind!.Value, title,
            UkTime.FromUk(date!.Value, start!.Value).UtcDateTime, UkTime.FromUk(date.Value, end).UtcDateTime,
            location, hostName, hostEmail, chosen, meetingPoint.Length == 0 ? null : meetingPoint), problems);
    }

    private static string Required(string? value, string field, string missing, string label, int max, List<Problem> problems)
    {
        var cleaned = EmployerProfileValidator.Clean(value);
        if (cleaned.Length == 0)
        {
            problems.Add(new(field, missing));
        }
        else if (cleaned.Length > max)
        {
            problems.Add(new(field, $"{label} must be {max:N0} characters or fewer"));
        }

        return cleaned;
    }
}
