using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Encounters;

/// <summary>The encounter form as typed, so nothing typed is lost when it is shown again with errors.</summary>
public sealed class EncounterInput
{
    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? EmployerId { get; set; }

    public DateInput Date { get; set; } = new();

    /// <summary>"yes" when the coach has confirmed a date that was on a weekend or a bank holiday.</summary>
    public List<string> DateIsRight { get; set; } = [];

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Location { get; set; }

    public string? MeetingPoint { get; set; }

    public string? HostName { get; set; }

    public string? HostEmail { get; set; }

    public List<string> YoungPeople { get; set; } = [];
}
