using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Requests;

/// <summary>The request form as typed, so nothing typed is lost when it is shown again with errors.</summary>
public sealed class RequestInput
{
    public string? Title { get; set; }

    public string? Kind { get; set; }

    public List<string> Sectors { get; set; } = [];

    public DateInput FirstDay { get; set; } = new();

    public DateInput LastDay { get; set; } = new();

    public List<string> Days { get; set; } = [];

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Venue { get; set; }

    public string? GroupTravelMiles { get; set; }

    public List<string> YoungPeople { get; set; } = [];

    public List<string> Access { get; set; } = [];

    public string? Notes { get; set; }

    public string? WaveSize { get; set; } = "3";

    public string? AnswerHours { get; set; } = "48";
}
