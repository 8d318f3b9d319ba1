using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// <see cref="Sector"/> is a plain enum (a person can have several, an opening has one), so the engine
/// turns sector lists into 64-bit masks once and compares them with a single AND in the hot loop.
/// </summary>
internal static class SectorBits
{
    public static ulong Of(Sector sector) => (int)sector is >= 0 and < 64 ? 1UL << (int)sector : 0;

    public static ulong Of(Sector? sector) => sector is { } value ? Of(value) : 0;

    public static ulong Of(IReadOnlyList<Sector>? sectors)
    {
        ulong mask = 0;
        if (sectors is null)
        {
            return mask;
        }

        for (var i = 0; i < sectors.Count; i++)
        {
            mask |= Of(sectors[i]);
        }

        return mask;
    }
}
