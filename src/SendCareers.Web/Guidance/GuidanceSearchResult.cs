namespace SendCareers.Web.Guidance;

/// <summary>A page that matched, with the words around the first match in its text (plain text, not HTML).</summary>
public sealed record GuidanceSearchResult(GuidancePage Page, string? Snippet);
