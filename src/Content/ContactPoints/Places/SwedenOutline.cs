namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>
/// A coarse outline of Sweden (mainland, Öland, Gotland and the coastal archipelagos) for
/// <see cref="GeoPoint.IsInSweden(double, double)"/>: a bounding box first, then a point-in-polygon
/// test against 52 hand-placed vertices.
/// </summary>
/// <remarks>
/// <para>
/// At sea the outline runs roughly midway to the neighbours, so every Swedish island is inside and
/// Denmark (Copenhagen, Helsingør, Anholt, Bornholm), Åland, Finland's west coast and Norway's
/// coast are outside. Across Öresund the margin is narrow but holds: Helsingborg, Ven and
/// Falsterbo are inside; Kronborg, Dragør and Saltholm are outside.
/// </para>
/// <para>
/// Along the land borders the outline follows the border only to within about 20 km, and where in
/// doubt it leans towards Norway and Finland: a point up to that far into Norway or Finland may be
/// accepted (Tornio, across the river from Haparanda, is), while Swedish places close to the
/// border, such as Storlien, Grövelsjön, Riksgränsen, Karesuando and Haparanda, are accepted.
/// The test is meant to catch coordinates that are plainly wrong, not to settle a border.
/// </para>
/// </remarks>
internal static class SwedenOutline
{
    // Sweden's extreme points, a little rounded outwards: Smygehuk in the south, Treriksröset in
    // the north, the Koster islands in the west, Haparanda in the east.
    private const double MinLatitude = 55.33;
    private const double MaxLatitude = 69.07;
    private const double MinLongitude = 10.96;
    private const double MaxLongitude = 24.17;

    // (latitude, longitude), clockwise from the south-west corner off Falsterbo.
    private static readonly (double Lat, double Lon)[] Vertices =
    [
        (55.28, 12.75), // south of Falsterbo
        (55.75, 12.86), // Öresund, east of Saltholm and west of Barsebäck
        (55.92, 12.63), // west of Ven
        (56.05, 12.64), // between Helsingborg and Helsingør
        (56.30, 12.40), // off Kullen
        (57.60, 11.45), // Kattegat, off the Gothenburg archipelago (Anholt stays outside)
        (58.30, 11.00), // Skagerrak, off Smögen
        (58.95, 10.90), // west of the Koster islands
        (59.00, 11.15), // between Koster and Hvaler
        (59.10, 11.28), // Svinesund
        (59.02, 11.55), // Idefjorden
        (59.50, 11.76), // Töcksfors in, Ørje out
        (59.93, 12.23), // Charlottenberg in, Magnor out
        (60.30, 12.50),
        (61.00, 12.55), // Långflon
        (61.35, 12.40), // west of Sälen, east of Trysil
        (61.90, 12.10), // Idre and Grövelsjön in
        (62.60, 12.00), // Funäsdalen in, Røros out
        (63.30, 11.95), // Storlien
        (63.75, 12.25),
        (64.10, 13.15),
        (64.50, 13.90), // Gäddede
        (65.10, 14.30),
        (65.90, 14.50), // Hemavan and Tärnaby in, Mo i Rana out
        (66.60, 15.30),
        (67.10, 16.15), // Sulitjelma out
        (67.60, 16.30),
        (68.05, 17.65),
        (68.43, 18.05), // Riksgränsen in, Narvik out
        (68.90, 20.00),
        (69.07, 20.55), // Treriksröset
        (68.45, 22.55), // Karesuando
        (67.95, 23.65), // Muonio river
        (67.30, 23.80), // Pajala
        (66.40, 23.72), // Övertorneå
        (65.85, 24.18), // Haparanda and Tornio
        (65.50, 24.00), // Bothnian Bay, west of Kemi and Oulu
        (64.90, 22.70),
        (63.95, 21.25), // Kvarken, east of Holmön
        (63.50, 20.85), // west of Valsörarna and Replot
        (62.60, 19.80), // Bothnian Sea
        (61.50, 19.40),
        (60.35, 19.15), // Märket; Åland stays outside
        (59.70, 19.50), // Söderarm in, Lågskär out
        (58.40, 19.60), // east of Gotska Sandön
        (57.90, 19.60), // east of Fårö
        (57.20, 19.10), // east of Gotland
        (56.80, 18.40), // south of Hoburgen
        (56.10, 16.70), // south of Öland
        (55.85, 15.80), // off Utklippan
        (55.36, 14.40), // south of Sandhammaren; Bornholm stays outside
        (55.28, 13.40), // south of Smygehuk
    ];

    /// <summary>Whether the point lies inside the outline. NaN and infinities are never inside.</summary>
    public static bool Contains(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude)
            || latitude < MinLatitude || latitude > MaxLatitude
            || longitude < MinLongitude || longitude > MaxLongitude)
        {
            return false;
        }

        // Even-odd ray casting along the parallel through the point. Within the box, degrees are
        // a fair stand-in for a flat map: the outline is far coarser than the distortion.
        var inside = false;
        for (int i = 0, j = Vertices.Length - 1; i < Vertices.Length; j = i++)
        {
            var (latI, lonI) = Vertices[i];
            var (latJ, lonJ) = Vertices[j];
            if ((latI > latitude) != (latJ > latitude))
            {
                var crossingLon = lonI + ((latitude - latI) / (latJ - latI) * (lonJ - lonI));
                if (longitude < crossingLon)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
