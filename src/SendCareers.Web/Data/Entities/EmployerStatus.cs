namespace SendCareers.Web.Data.Entities;

public enum EmployerStatus
{
    /// <summary>Signed up; the contact has not yet followed the link in the confirmation e-mail.</summary>
    AwaitingVerification = 1,

    /// <summary>E-mail verified and password set; waiting for a hub administrator.</summary>
    AwaitingApproval,

    Approved,
    Declined,
}
