namespace SendCareers.Web.Data.Entities;

public enum SchoolKind
{
    SpecialSchool = 1,
    SpecialCollege,
    FurtherEducationCollege,
    MainstreamSchool,
    AlternativeProvision,
}
