namespace SendCareers.Web.Evidence;

/// <summary>The page where the records behind an NDTi Section 2 statement are kept.</summary>
public sealed record Section2Link(string Href, string Text);
