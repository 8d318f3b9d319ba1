namespace SendCareers.Web.Reminders;

/// <summary>
/// What a scheduled message (or an audit entry) is about, as stored in its SubjectType column. Kept
/// with the engine so any feature can find the messages about a subject (erasure, subject access)
/// without reaching into the feature that schedules them.
/// </summary>
public static class SubjectTypes
{
    public const string Placement = "placement";
    public const string Encounter = "encounter";
    public const string Check = "check";

    /// <summary>An invitation to make an account (People/Invitations).</summary>
    public const string Invitation = "invitation";

    /// <summary>A school's request for an encounter (Requests), and one employer's invitation to it.</summary>
    public const string Request = "request";

    public const string RequestInvitation = "request-invitation";
}
