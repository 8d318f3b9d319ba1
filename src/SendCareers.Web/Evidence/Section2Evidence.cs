namespace SendCareers.Web.Evidence;

/// <summary>An NDTi Section 2 statement with what the hub's own records show about it, and where to add more.</summary>
public sealed record Section2Evidence(int Number, string Statement, IReadOnlyList<string> Evidence, Section2Link? Link = null);
