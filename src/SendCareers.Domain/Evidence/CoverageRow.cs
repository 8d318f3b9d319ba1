namespace SendCareers.Domain.Evidence;

/// <summary>Benchmark 5 and 6 coverage for a group of young people (a school, or the whole hub) in one academic year.</summary>
public sealed record CoverageRow(
    string Group,
    int YoungPeople,
    int MetAnEmployerThisYear,
    int FourOrMoreEncounters,
    int WorkplaceExperience,
    int AgedSixteenOrOver,
    int WorkplaceBy16)
{
    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}
