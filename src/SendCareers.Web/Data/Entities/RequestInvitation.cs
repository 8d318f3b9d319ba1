using SendCareers.Domain.Requests;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// One employer's place in a request's ranking: its rank, the wave it belongs to, the reasons it was
/// chosen (kept as shown to the coach), and its answer. Answered by a single-use link with no sign-in.
/// </summary>
public class RequestInvitation
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    public EncounterRequest? Request { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>1 for the best fit.</summary>
    public int Rank { get; set; }

    public int Wave { get; set; }

    public int Score { get; set; }

    /// <summary>The reasons, one a line, as the coach saw them when the request was posted.</summary>
    public string Reasons { get; set; } = "";

    public InvitationState State { get; set; }

    public DateTime? InvitedAtUtc { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    public DeclineReason? DeclineReason { get; set; }

    public string? DeclineNote { get; set; }

    public const int MaxDeclineNote = 500;
}
