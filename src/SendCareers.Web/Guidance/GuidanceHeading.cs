namespace SendCareers.Web.Guidance;

/// <summary>A heading of a rendered page, with the id its anchor links use.</summary>
public sealed record GuidanceHeading(int Level, string Id, string Text);
