using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Evidence;

/// <summary>
/// How placements spread across sectors, and whether they pile up in catering, hospitality, cleaning and
/// gardening (NDTi statement 9: jobs beyond catering, cleaning and gardening). More than a third in
/// those sectors is flagged: they are 4 of 20 sectors, so an even spread would put a fifth there.
/// </summary>
public sealed record SectorSpread(IReadOnlyList<(Sector Sector, int Count)> Counts, int Total, int InStereotypedSectors)
{
    public int StereotypedPercent => CoverageRow.Percent(InStereotypedSectors, Total);

    public bool PilingUp => Total > 0 && InStereotypedSectors * 3 > Total;

    public static SectorSpread Of(IEnumerable<Sector> sectors)
    {
        var list = sectors.ToList();
        var counts = list.GroupBy(s => s).Select(g => (g.Key, g.Count())).OrderByDescending(c => c.Item2).ThenBy(c => c.Key).ToList();
        return new SectorSpread(counts, list.Count, list.Count(StereotypedSectors.Contains));
    }
}
