namespace SendCareers.Domain.Ndti;

/// <summary>A line of Section 1, with one figure per academic year, oldest first.</summary>
public sealed record NdtiRow(string Label, IReadOnlyList<NdtiFigure> Figures);
