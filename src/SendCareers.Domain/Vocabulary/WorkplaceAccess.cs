namespace SendCareers.Domain.Vocabulary;

[Flags]
public enum WorkplaceAccess
{
    None = 0,
    StepFree = 1 << 0,
    QuietSpace = 1 << 1,
    AccessibleToilet = 1 << 2,
    AccessibleParking = 1 << 3,
    NearPublicTransport = 1 << 4,
    HearingLoop = 1 << 5,
}
