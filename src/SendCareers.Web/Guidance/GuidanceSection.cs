namespace SendCareers.Web.Guidance;

/// <summary>A folder of guidance: its files share a URL prefix and a landing page.</summary>
public enum GuidanceSection
{
    Employers,
    Families,
    EasyRead,
    Schools,
    Glossary,
}
