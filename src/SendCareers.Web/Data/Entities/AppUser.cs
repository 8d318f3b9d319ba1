using Microsoft.AspNetCore.Identity;

namespace SendCareers.Web.Data.Entities;

/// <summary>A person who signs in: a hub administrator, a job coach (tied to a school) or an employer contact.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The school or college a job coach works for; scopes every query about young people.</summary>
    public int? SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The organisation an employer contact belongs to.</summary>
    public int? EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// When a hub administrator (or, for an employer contact, a colleague) closed the account: it cannot sign
    /// in and its calendar link stops, but its records and history stay. Null while the account is open.
    /// </summary>
    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>
    /// True when this person chose one e-mail a day listing what is new (the hub's daily summary)
    /// instead of an e-mail as each thing happens. Briefings, invites and debrief requests still come on their own.
    /// </summary>
    public bool WantsDailySummary { get; set; }
}
