namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>A position on the earth in WGS84 decimal degrees (latitude north, longitude east).</summary>
/// <param name="Latitude">Degrees north of the equator, −90 to 90.</param>
/// <param name="Longitude">Degrees east of Greenwich, −180 to 180.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The mean earth radius (IUGG R1), in kilometres.</summary>
    public const double MeanEarthRadiusKm = 6371.0088;

    /// <summary>
    /// The great-circle distance to <paramref name="other"/> in kilometres ("as the crow flies"),
    /// by the haversine formula on a sphere of the mean earth radius. Within Sweden the spherical
    /// model is within about 0.5 % of the ellipsoidal distance, far less than a road detour.
    /// </summary>
    public double DistanceKm(GeoPoint other)
    {
        var lat1 = ToRadians(Latitude);
        var lat2 = ToRadians(other.Latitude);
        var sinHalfDeltaLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDeltaLon = Math.Sin(ToRadians(other.Longitude - Longitude) / 2);
        var h = (sinHalfDeltaLat * sinHalfDeltaLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDeltaLon * sinHalfDeltaLon);

        // Rounding can push h a hair above 1 for antipodal points; Asin would return NaN.
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1.0, h)));
    }

    /// <summary>
    /// Whether a position lies in Sweden, as a sanity check on entered or imported coordinates
    /// (swapped latitude and longitude, a lost minus sign, a typo in a digit). Coarse by design:
    /// see <see cref="SwedenOutline"/> for what it gets right and where it may be wrong.
    /// </summary>
    public static bool IsInSweden(double latitude, double longitude) => SwedenOutline.Contains(latitude, longitude);

    /// <summary>Whether this position lies in Sweden; see <see cref="IsInSweden(double, double)"/>.</summary>
    public bool IsInSweden() => IsInSweden(Latitude, Longitude);

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
