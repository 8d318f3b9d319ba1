namespace SendCareers.Domain.Matching;

/// <summary>How a reason counts for a pairing, shown as a tick, a warning or a cross (always with words, never colour alone).</summary>
public enum ReasonMark
{
    /// <summary>A tick: this part fits.</summary>
    Meets = 1,

    /// <summary>A warning: a drawback to talk through, or not enough information to judge.</summary>
    Check,

    /// <summary>
    /// A cross: something the young person needs that the opening does not give as it stands (more hours
    /// than their maximum, an access need not offered, the employer's checks not valid on its dates).
    /// A match with a cross is never called a good fit.
    /// </summary>
    NotMet,
}

/// <summary>One plain-English reason and its mark.</summary>
public sealed record MatchReason(ReasonMark Mark, string Text)
{
    public override string ToString() => Text;
}
