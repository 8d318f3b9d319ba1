namespace SendCareers.Web;

/// <summary>
/// The "Site" settings. <c>Site:BaseUrl</c> is the public address e-mailed links start with; background
/// jobs have no request to read it from, so outside Development it must be set (checked at start-up by
/// <see cref="SiteOptionsValidator"/>).
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string? BaseUrl { get; set; }
}
