namespace SendCareers.Domain.Ndti;

/// <summary>Where a young person went after leaving school or college, as recorded at each checkpoint.</summary>
public enum DestinationKind
{
    PaidEmployment = 1,
    SupportedEmployment,
    Apprenticeship,
    SupportedInternship,
    SelfEmployment,
    FurtherEducation,
    HigherEducation,
    SpecialistCollege,
    Volunteering,
    ExtendedWorkPlacement,
    NotInEducationEmploymentOrTraining,
    NotKnown,
}

public static class DestinationKindExtensions
{
    /// <summary>Paid work: a job (supported or not), an apprenticeship or self-employment.</summary>
    public static bool IsPaidWork(this DestinationKind kind) =>
        kind is DestinationKind.PaidEmployment or DestinationKind.SupportedEmployment or DestinationKind.Apprenticeship or DestinationKind.SelfEmployment;

    public static string Describe(this DestinationKind kind) => kind switch
    {
        DestinationKind.PaidEmployment => "Paid job",
        DestinationKind.SupportedEmployment => "Paid job with a job coach (supported employment)",
        DestinationKind.Apprenticeship => "Apprenticeship",
        DestinationKind.SupportedInternship => "Supported internship",
        DestinationKind.SelfEmployment => "Self-employed",
        DestinationKind.FurtherEducation => "Further education (college)",
        DestinationKind.HigherEducation => "Higher education (university)",
        DestinationKind.SpecialistCollege => "Specialist college",
        DestinationKind.Volunteering => "Volunteering",
        DestinationKind.ExtendedWorkPlacement => "Extended work placement",
        DestinationKind.NotInEducationEmploymentOrTraining => "Not in education, employment or training",
        DestinationKind.NotKnown => "Not known",
        _ => kind.ToString(),
    };
}
