namespace SendCareers.Domain.Vocabulary;

/// <summary>
/// Sensory and environment conditions. An opening says which are present; a profile says which the
/// young person must avoid (a hard constraint) or finds difficult.
/// </summary>
[Flags]
public enum EnvironmentFactor
{
    None = 0,
    Noise = 1 << 0,
    Crowds = 1 << 1,
    Outdoors = 1 << 2,
    Heights = 1 << 3,
    BrightLights = 1 << 4,
    StrongSmells = 1 << 5,
    Animals = 1 << 6,
    Machinery = 1 << 7,
}
