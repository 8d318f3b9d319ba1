namespace SendCareers.Web.Data.Entities;

/// <summary>What kind of school or college it is. Stored as numbers: add new kinds at the end.</summary>
public enum SchoolKind
{
    SpecialSchool = 1,
    SpecialCollege,
    FurtherEducationCollege,
    MainstreamSchool,
    AlternativeProvision,
    MainstreamWithResourceBase,
}
