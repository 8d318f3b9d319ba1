namespace SendCareers.Domain.Matching;

/// <summary>Why the allocator left a young person without an opening.</summary>
public enum UnplacedReason
{
    /// <summary>Every opening breaks at least one hard constraint for them.</summary>
    NoEligibleOpening = 1,

    /// <summary>
    /// They fit at least one opening, but its places went to others: placing them would cost someone
    /// else their place (the allocation already places as many young people as possible), or to pins.
    /// </summary>
    PlacesTakenByOthers,
}
