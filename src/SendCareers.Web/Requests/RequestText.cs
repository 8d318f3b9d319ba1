using System.Globalization;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Requests;

/// <summary>How a request reads on pages and in e-mails.</summary>
public static class RequestText
{
    public static string KindName(OpeningKind kind) => EnumLabels.EncounterKind(kind);

    public static string Group(int count) => count == 1 ? "1 young person" : $"{count.ToString(CultureInfo.InvariantCulture)} young people";

    public static string VenueName(RequestVenue venue) => venue switch
    {
        RequestVenue.AtSchool => "At the school or college",
        RequestVenue.AtWorkplace => "At the employer's workplace",
        _ => "Online",
    };

    public static string Window(DateOnly first, DateOnly last, WeekDays days) =>
        (first == last ? UkTime.FormatDate(first, withDayName: true) : $"between {UkTime.FormatDate(first)} and {UkTime.FormatDate(last)}")
        + $", on {string.Join(", ", RequestForm.DayChoices.Where(d => (days & d) != 0))}";

    public static string Times(TimeOnly start, TimeOnly end) =>
        $"{UkTime.FormatTime(start)} to {UkTime.FormatTime(end)}";

    public static string DeclineName(DeclineReason reason) => reason switch
    {
        DeclineReason.Dates => "The dates do not suit us",
        DeclineReason.Capacity => "Nobody is free to do it",
        DeclineReason.NotOurArea => "It is not something we do, or not our area",
        _ => "Another reason",
    };

    public static string StateName(RequestState state) => state switch
    {
        RequestState.Open => "Waiting for an employer",
        RequestState.Accepted => "Accepted",
        _ => "Withdrawn",
    };

    public static string InvitationStateName(InvitationState state) => state switch
    {
        InvitationState.Planned => "Not asked yet",
        InvitationState.Invited => "Invited",
        InvitationState.Accepted => "Accepted",
        InvitationState.Declined => "Declined",
        InvitationState.Filled => "Told it is filled",
        _ => "Withdrawn",
    };
}
