namespace SendCareers.Domain.Matching;

/// <summary>
/// The rules that rule an opening out for a young person, as flags so one pair can break several.
/// A missing value never sets a flag: the engine reports "not enough information" instead.
/// </summary>
[Flags]
public enum HardConstraint
{
    None = 0,

    /// <summary>The opening is a draft, paused or closed.</summary>
    NotOpen = 1 << 0,

    /// <summary>Every place is taken.</summary>
    NoPlacesLeft = 1 << 1,

    /// <summary>The opening ended before today.</summary>
    Ended = 1 << 2,

    /// <summary>Younger than the opening's minimum age on the start date (or today, once started).</summary>
    BelowMinimumAge = 1 << 3,

    /// <summary>Older than the opening's maximum age on the start date (or today, once started).</summary>
    AboveMaximumAge = 1 << 4,

    /// <summary>Supported internships are for ages 16 to 24.</summary>
    SupportedInternshipAge = 1 << 5,

    /// <summary>Supported internships need an EHCP.</summary>
    SupportedInternshipNeedsEhcp = 1 << 6,

    /// <summary>The employer asks for an EHCP.</summary>
    EhcpRequired = 1 << 7,

    /// <summary>Further than the young person's travel range (kilometres or journey minutes).</summary>
    BeyondTravelRange = 1 << 8,

    /// <summary>A condition present that the young person must avoid.</summary>
    AvoidedEnvironment = 1 << 9,

    /// <summary>Runs only on days the young person is not available.</summary>
    NoCommonDay = 1 << 10,

    /// <summary>In a sector the young person has asked to avoid.</summary>
    AvoidedSector = 1 << 11,

    /// <summary>Needs more hours a week than the young person can do, by more than <see cref="PairScorer.HoursTolerance"/>.</summary>
    TooManyHours = 1 << 12,
}
