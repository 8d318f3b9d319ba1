using System.Collections.Frozen;
using System.Globalization;

namespace SendCareers.Domain.Places;

/// <summary>
/// Centroids of UK outward codes, read from a CSV of <c>outcode,latitude,longitude</c>.
/// Contains OS data © Crown copyright and database right, licensed under the Open Government Licence v3.0.
/// </summary>
public sealed class OutcodeDirectory
{
    private readonly FrozenDictionary<string, GeoPoint> _centroids;

    private OutcodeDirectory(FrozenDictionary<string, GeoPoint> centroids) => _centroids = centroids;

    public int Count => _centroids.Count;

    public static OutcodeDirectory Empty { get; } = new(FrozenDictionary<string, GeoPoint>.Empty);

    public static OutcodeDirectory Load(TextReader csv)
    {
        var centroids = new Dictionary<string, GeoPoint>(StringComparer.OrdinalIgnoreCase);
        var header = csv.ReadLine();
        if (header is null)
        {
            return Empty;
        }

        while (csv.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length < 3
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            centroids[parts[0].Trim()] = new GeoPoint(lat, lon);
        }

        return new OutcodeDirectory(centroids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    public bool TryLocate(string? outwardCode, out GeoPoint point)
    {
        point = default;
        return outwardCode is not null && _centroids.TryGetValue(outwardCode, out point);
    }

    public bool IsKnown(string? outwardCode) => outwardCode is not null && _centroids.ContainsKey(outwardCode);

    /// <summary>Kilometres between two outward codes' centroids, or null when either is unknown.</summary>
    public double? KilometresBetween(string? fromOutward, string? toOutward) =>
        TryLocate(fromOutward, out var from) && TryLocate(toOutward, out var to) ? from.KilometresTo(to) : null;
}
