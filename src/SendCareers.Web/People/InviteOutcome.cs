namespace SendCareers.Web.People;

public enum InviteOutcome
{
    Sent,

    /// <summary>Someone already signs in with this address: no second account is made.</summary>
    AlreadyHasAccount,

    /// <summary>An invitation to this address is still waiting to be accepted.</summary>
    AlreadyInvited,
}
