namespace SendCareers.Domain.Vocabulary;

/// <summary>What an employer can offer when signing up to give an hour or more.</summary>
public enum OfferKind
{
    TalkOrAssembly = 1,
    WorkplaceVisit,
    MockInterviews,
    CvAndApplicationHelp,
    Mentoring,
    WorkExperience,
    SupportedInternship,
    Apprenticeship,
    JobCarving,
}
