namespace SendCareers.Domain.Evidence;

public enum GapKind
{
    /// <summary>No encounter with an employer yet this academic year (Benchmark 5 asks for one a year).</summary>
    NoEncounterThisYear = 1,

    /// <summary>Fewer than four encounters so far: four or more make a young person far less likely to be NEET.</summary>
    FewerThanFourEncounters,

    /// <summary>No experience of a workplace by 16 (or none yet, and 16 is close).</summary>
    NoWorkplaceBy16,

    /// <summary>Fewer than two experiences of workplaces by 18.</summary>
    NoSecondWorkplaceBy18,

    /// <summary>Nothing booked or proposed.</summary>
    NothingBooked,
}
