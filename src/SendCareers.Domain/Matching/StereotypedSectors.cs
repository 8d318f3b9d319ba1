using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// Sectors young people with SEND are too often steered into: catering and hospitality, cleaning, and
/// gardening or horticulture (NDTi Employment Pathways, statement 9: "jobs beyond catering, cleaning and
/// gardening"). The engine never gives these a variety bonus unless the young person's own interests
/// name them, so nothing in the score pushes someone towards them by default.
/// </summary>
public static class StereotypedSectors
{
    public static IReadOnlyList<Sector> All { get; } = [Sector.Catering, Sector.Hospitality, Sector.Cleaning, Sector.Gardening];

    public static bool Contains(Sector sector) => (SectorBits.Of(sector) & Mask) != 0;

    internal static ulong Mask { get; } = SectorBits.Of(All);
}
