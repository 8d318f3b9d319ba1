namespace SendCareers.Domain.Ndti;

public enum NdtiActivityKind
{
    /// <summary>Work experience in an ordinary workplace (not the school as a workplace).</summary>
    OpenEmploymentWorkExperience = 1,
    SupportedInternship,
    Apprenticeship,

    /// <summary>Any other paid job, supported or not.</summary>
    PaidJob,
}
