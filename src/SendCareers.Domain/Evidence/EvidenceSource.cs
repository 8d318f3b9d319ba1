namespace SendCareers.Domain.Evidence;

public enum EvidenceSource
{
    /// <summary>An encounter the young person was marked as attending.</summary>
    Encounter = 1,

    /// <summary>A placement that was completed.</summary>
    Placement,
}
