using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>
/// The places residents type to find their nearest contact point ("Kvissleby", "ornskoldsvik",
/// "Granna"), with their positions. Immutable once built, so one instance serves every request.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Halsoportal.Content.orter.csv";
    private const string KommunSuffix = " kommun";

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Columns = ["name", "kommunkod", "latitude", "longitude", "central"];

    private readonly Entry[] _entries;
    private readonly FrozenDictionary<string, ReadOnlyCollection<Place>> _byExactKey;
    private readonly FrozenDictionary<string, ReadOnlyCollection<Place>> _byFoldedKey;
    private readonly FrozenDictionary<string, ReadOnlyCollection<Place>> _byKommun;
    private readonly FrozenDictionary<string, Place> _centralTowns;

    private Gazetteer(IEnumerable<(Place Place, bool IsCentralTown)> rows)
    {
        var list = rows.ToList();
        _entries =
        [
            .. list
                .Select(r => new Entry(r.Place, PlaceNameKey.Exact(r.Place.Name)))
                .OrderBy(e => e.Place.Name, SwedishText.Comparer)
                .ThenBy(e => e.Place.KommunCode, StringComparer.Ordinal),
        ];

        var twice = _entries.GroupBy(e => (e.ExactKey, e.Place.KommunCode)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidDataException($"The gazetteer lists {twice.First().Place.Name} in kommun {twice.Key.KommunCode} more than once.");
        }

        var centralTowns = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var kommun in list.GroupBy(r => r.Place.KommunCode, StringComparer.Ordinal))
        {
            var central = kommun.Where(r => r.IsCentralTown).ToList();
            if (central.Count != 1)
            {
                throw new InvalidDataException(
                    $"The gazetteer marks {central.Count} central towns in kommun {kommun.Key}; each kommun with places needs exactly one.");
            }

            centralTowns.Add(kommun.Key, central[0].Place);
        }

        _centralTowns = centralTowns.ToFrozenDictionary(StringComparer.Ordinal);
        _byExactKey = Index(_entries, e => e.ExactKey);
        _byFoldedKey = Index(_entries, e => e.FoldedKey);
        _byKommun = Index(_entries, e => e.Place.KommunCode);
        Places = Array.AsReadOnly(_entries.Select(e => e.Place).ToArray());
    }

    /// <summary>The gazetteer shipped inside this assembly (orter.csv), loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Every place, in Swedish alphabetical order.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>
    /// Reads a gazetteer from CSV with the header <c>name,kommunkod,latitude,longitude,central</c>:
    /// WGS84 decimal degrees with a decimal point, <c>central</c> 1 for the one central town of each
    /// kommun and 0 otherwise. Lines starting with <c>#</c> are comments.
    /// </summary>
    /// <exception cref="InvalidDataException">A row is malformed, lies outside Sweden, or a kommun has no or several central towns.</exception>
    public static Gazetteer FromCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            AllowComments = true,
            Comment = '#',
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"The gazetteer CSV must start with the header {string.Join(',', Columns)}.");
        }

        var rows = new List<(Place, bool)>();
        while (csv.Read())
        {
            rows.Add(ParseRow(csv));
        }

        return new Gazetteer(rows);
    }

    /// <summary>
    /// Finds the place a resident means. Forgiving the way people type on a phone: case, extra
    /// spaces and a trailing "kommun" ("Sundsvalls kommun") do not matter, and å/ä/ö may be typed
    /// as a/a/o ("ornskoldsvik") — but where a name with å/ä/ö and one without both exist, the
    /// exact spelling wins ("Habo" is not "Håbo").
    /// </summary>
    /// <param name="query">What the resident typed; null or blank finds nothing.</param>
    /// <param name="maxSuggestions">At most this many suggestions when nothing matches exactly.</param>
    /// <returns>
    /// <see cref="PlaceLookup.Match"/> when exactly one place has the name. When several places share
    /// it, no match and all of them as suggestions. Otherwise no match and up to
    /// <paramref name="maxSuggestions"/> suggestions: names that start with the query first, then
    /// names within a few typing slips (one for up to 4 letters, two up to 8, three beyond), nearest
    /// first; ties in Swedish alphabetical order.
    /// </returns>
    public PlaceLookup Find(string? query, int maxSuggestions = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSuggestions);
        var typed = query?.Trim() ?? string.Empty;
        var keys = QueryKeys(PlaceNameKey.Exact(typed));
        if (keys.Count == 0)
        {
            return new PlaceLookup(typed, null, []);
        }

        foreach (var key in keys)
        {
            if (_byExactKey.TryGetValue(key, out var places))
            {
                return Resolve(typed, places);
            }
        }

        foreach (var key in keys)
        {
            if (_byFoldedKey.TryGetValue(PlaceNameKey.Fold(key), out var places))
            {
                return Resolve(typed, places);
            }
        }

        return new PlaceLookup(typed, null, Suggest(PlaceNameKey.Fold(keys[^1]), maxSuggestions));
    }

    /// <summary>The places in a kommun, in Swedish alphabetical order; empty for a kommun with none.</summary>
    /// <param name="kommunCode">The four-digit SCB kommun code, e.g. "2281".</param>
    public IReadOnlyList<Place> InKommun(string kommunCode)
    {
        ArgumentNullException.ThrowIfNull(kommunCode);
        return _byKommun.TryGetValue(kommunCode, out var places) ? places : [];
    }

    /// <summary>The kommun's central town (centralort), or null when the gazetteer has no places there.</summary>
    /// <param name="kommunCode">The four-digit SCB kommun code, e.g. "2281".</param>
    public Place? CentralTown(string kommunCode)
    {
        ArgumentNullException.ThrowIfNull(kommunCode);
        return _centralTowns.GetValueOrDefault(kommunCode);
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Halsoportal.Content.");
        using var reader = new StreamReader(stream);
        return FromCsv(reader);
    }

    private static (Place Place, bool IsCentralTown) ParseRow(CsvReader csv)
    {
        var line = csv.Parser.RawRow;
        var name = csv.GetField("name") ?? string.Empty;
        var kommunCode = csv.GetField("kommunkod") ?? string.Empty;
        if (PlaceNameKey.Exact(name).Length == 0)
        {
            throw new InvalidDataException($"Gazetteer CSV line {line}: the place has no name.");
        }

        if (kommunCode.Length != 4 || !kommunCode.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"Gazetteer CSV line {line}: {name} has kommunkod \"{kommunCode}\"; a kommunkod is four digits.");
        }

        var latitude = ParseDegrees(csv.GetField("latitude"), name, line);
        var longitude = ParseDegrees(csv.GetField("longitude"), name, line);
        if (!GeoPoint.IsInSweden(latitude, longitude))
        {
            throw new InvalidDataException(
                $"Gazetteer CSV line {line}: {name} at {latitude.ToString(CultureInfo.InvariantCulture)}, {longitude.ToString(CultureInfo.InvariantCulture)} is not in Sweden (swapped latitude and longitude?).");
        }

        var central = csv.GetField("central") switch
        {
            "1" => true,
            "0" => false,
            var other => throw new InvalidDataException($"Gazetteer CSV line {line}: {name} has central \"{other}\"; use 1 or 0."),
        };

        return (new Place(name, kommunCode, new GeoPoint(latitude, longitude)), central);
    }

    private static double ParseDegrees(string? text, string name, long line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees)
            ? degrees
            : throw new InvalidDataException($"Gazetteer CSV line {line}: {name} has coordinate \"{text}\"; write decimal degrees with a point, e.g. 62.3908.");

    private static FrozenDictionary<string, ReadOnlyCollection<Place>> Index(Entry[] entries, Func<Entry, string> key) =>
        entries
            .GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Array.AsReadOnly(g.Select(e => e.Place).ToArray()), StringComparer.Ordinal);

    /// <summary>
    /// The keys to try for a query: the query itself and, after a trailing "kommun", also without
    /// the genitive s that Swedish puts there ("sundsvalls kommun" → "sundsvalls", "sundsvall").
    /// </summary>
    private static List<string> QueryKeys(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        if (!key.EndsWith(KommunSuffix, StringComparison.Ordinal) || key.Length == KommunSuffix.Length)
        {
            return [key];
        }

        var withoutSuffix = key[..^KommunSuffix.Length];
        return withoutSuffix.Length > 1 && withoutSuffix[^1] == 's'
            ? [withoutSuffix, withoutSuffix[..^1]]
            : [withoutSuffix];
    }

    private static PlaceLookup Resolve(string typed, ReadOnlyCollection<Place> places) =>
        places.Count == 1
            ? new PlaceLookup(typed, places[0], [])
            : new PlaceLookup(typed, null, places);

    private ReadOnlyCollection<Place> Suggest(string foldedQuery, int maxSuggestions)
    {
        var threshold = foldedQuery.Length switch
        {
            <= 4 => 1,
            <= 8 => 2,
            _ => 3,
        };

        var startsWith = new List<Place>();
        var nearby = new List<(Place Place, int Distance)>();

        // _entries is in Swedish alphabetical order and the sorts below are stable, so ties stay
        // alphabetical.
        foreach (var entry in _entries)
        {
            if (entry.FoldedKey.StartsWith(foldedQuery, StringComparison.Ordinal))
            {
                startsWith.Add(entry.Place);
                continue;
            }

            var distance = EditDistance.Damerau(foldedQuery, entry.FoldedKey, threshold);
            if (distance <= threshold)
            {
                nearby.Add((entry.Place, distance));
            }
        }

        return Array.AsReadOnly(
            startsWith
                .Concat(nearby.OrderBy(n => n.Distance).Select(n => n.Place))
                .Take(maxSuggestions)
                .ToArray());
    }

    private sealed record Entry(Place Place, string ExactKey)
    {
        public string FoldedKey { get; } = PlaceNameKey.Fold(ExactKey);
    }
}
