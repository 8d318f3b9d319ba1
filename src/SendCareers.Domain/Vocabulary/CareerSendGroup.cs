namespace SendCareers.Domain.Vocabulary;

/// <summary>
/// Career SEND groups. Group 1: communication and interaction or cognition and learning needs, usually
/// without GCSEs. Group 2: SEMH, sensory or physical needs, usually sitting GCSEs.
/// </summary>
public enum CareerSendGroup
{
    Group1 = 1,
    Group2 = 2,
}
