namespace SendCareers.Domain.Vocabulary;

/// <summary>Work sectors used for employers, openings and young people's interests.</summary>
public enum Sector
{
    AnimalCare = 1,
    ArtsAndMedia,
    BusinessAndAdmin,
    Catering,
    Cleaning,
    Construction,
    Digital,
    Engineering,
    Gardening,
    HairAndBeauty,
    HealthAndCare,
    Hospitality,
    Leisure,
    Logistics,
    PublicServices,
    Retail,
    Transport,
    Education,
    Manufacturing,
    Environment,
}
