namespace SendCareers.Web.Data.Entities;

public enum TokenPurpose
{
    VerifyEmployerEmail = 1,
    ResetPassword,
    Debrief,
    Attendance,

    /// <summary>A person's private calendar subscription link; "used" means stopped.</summary>
    CalendarFeed,

    /// <summary>An invitation to make an account; the subject is the invitation's id.</summary>
    Invitation,

    /// <summary>An employer's answer to a school's request; the subject is the request invitation's id.</summary>
    RequestAnswer,
}
