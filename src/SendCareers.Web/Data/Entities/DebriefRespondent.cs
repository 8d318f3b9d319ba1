namespace SendCareers.Web.Data.Entities;

public enum DebriefRespondent
{
    Employer = 1,
    YoungPerson,
    JobCoach,

    /// <summary>A parent or carer, through the link in their e-mail.</summary>
    Family,
}
