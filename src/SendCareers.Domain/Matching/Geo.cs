namespace SendCareers.Domain.Matching;

/// <summary>
/// Great-circle distance on precomputed radians and cosines, the same haversine formula as
/// <see cref="Places.GeoPoint.KilometresTo"/> without repeating the trigonometry for the fixed end.
/// </summary>
internal static class Geo
{
    public const double EarthRadiusKm = 6371.0088;

    public static double Radians(double degrees) => degrees * Math.PI / 180;

    public static double Kilometres(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var sinHalfLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfLon = Math.Sin((lon2 - lon1) / 2);
        var a = (sinHalfLat * sinHalfLat) + (cosLat1 * cosLat2 * sinHalfLon * sinHalfLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
