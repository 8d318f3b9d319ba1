namespace SendCareers.Web.Data.Entities;

/// <summary>
/// An invitation to make an account: a job coach at a school or college, a hub administrator, or an
/// employer contact joining their organisation. The e-mail carries a single-use link (a
/// <see cref="SingleUseToken"/> whose subject is this row's id); accepting it sets a password and signs in.
/// </summary>
public class Invitation
{
    public int Id { get; set; }

    public string Email { get; set; } = "";

    /// <summary>Upper-cased, as Identity normalises e-mail addresses, to find an open invitation to the same person.</summary>
    public string NormalizedEmail { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>One of <c>Roles</c>: HubAdmin, JobCoach or Employer.</summary>
    public string Role { get; set; } = "";

    /// <summary>For a job coach: the school or college they will work for.</summary>
    public int? SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>For an employer contact: the organisation they join.</summary>
    public int? EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public string? InvitedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the latest e-mail was asked for (the first, or a resend).</summary>
    public DateTime SentAtUtc { get; set; }

    /// <summary>How many times it has been sent; part of each e-mail's dedupe key.</summary>
    public int Sends { get; set; }

    /// <summary>The latest link stops working at this time.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public string? AcceptedUserId { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public bool IsOpen => AcceptedAtUtc is null && CancelledAtUtc is null;
}
