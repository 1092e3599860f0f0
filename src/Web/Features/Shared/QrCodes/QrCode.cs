using System.Globalization;
using System.Text;

namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// A QR code symbol (ISO/IEC 18004, model 2, versions 1–40), immutable once encoded. Used for the
/// printed invitation codes of citizen dialogues, where a resident scans the code instead of typing
/// the URL.
/// </summary>
/// <example>
/// <code>
/// var svg = QrCode.Encode("https://halsoportal.se/sundsvall/dialog/utegym-i-sundsvall/svara#kod=K7MQ2XR9TD")
///     .ToSvg("QR-kod till enkäten");
/// </code>
/// </example>
public sealed class QrCode
{
    /// <summary>The accessible name <see cref="ToSvg(int)"/> gives the image.</summary>
    public const string DefaultAccessibleName = "QR-kod";

    private readonly bool[] _modules;

    private QrCode(int version, QrErrorCorrection errorCorrection, int mask, bool[] modules)
    {
        Version = version;
        Size = QrTables.Size(version);
        ErrorCorrection = errorCorrection;
        Mask = mask;
        _modules = modules;
    }

    /// <summary>1 to 40: the smallest version that holds the text at the chosen level.</summary>
    public int Version { get; }

    /// <summary>Modules along one side (21 to 177), not counting the quiet zone.</summary>
    public int Size { get; }

    /// <summary>The error correction level the symbol was encoded with.</summary>
    public QrErrorCorrection ErrorCorrection { get; }

    /// <summary>The data mask (0 to 7) that scored the lowest penalty.</summary>
    public int Mask { get; }

    /// <summary>Whether the module in column <paramref name="x"/>, row <paramref name="y"/> (from the top left) is dark.</summary>
    public bool this[int x, int y]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(x);
            ArgumentOutOfRangeException.ThrowIfNegative(y);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Size);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Size);
            return _modules[(y * Size) + x];
        }
    }

    /// <summary>
    /// Encodes <paramref name="text"/> in the smallest version that holds it at
    /// <paramref name="level"/>: as digits, as upper-case alphanumerics or otherwise as UTF-8 bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The text does not fit in a version 40 symbol at that level.</exception>
    public static QrCode Encode(string text, QrErrorCorrection level = QrErrorCorrection.Medium) =>
        Encode(text, level, forcedMask: null);

    /// <summary>As <see cref="Encode(string, QrErrorCorrection)"/>, but with the mask given rather than chosen (for tests).</summary>
    internal static QrCode Encode(string text, QrErrorCorrection level, int? forcedMask)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown error correction level.");
        }

        var segment = QrSegment.For(text);
        var version = SmallestVersion(segment, level) ?? throw new ArgumentException(TooLong(segment, level), nameof(text));

        var codewords = Interleave(version, level, DataCodewords(segment, version, level));
        var (modules, mask) = QrMatrix.Build(version, level, codewords, forcedMask);
        return new QrCode(version, level, mask, modules);
    }

    /// <summary>
    /// The symbol as an <c>&lt;svg&gt;</c> element to inline in HTML, named <see cref="DefaultAccessibleName"/>.
    /// </summary>
    /// <param name="quietZoneModules">Light margin around the symbol; the standard asks for 4.</param>
    public string ToSvg(int quietZoneModules = 4) => ToSvg(DefaultAccessibleName, quietZoneModules);

    /// <summary>
    /// The symbol as an <c>&lt;svg&gt;</c> element to inline in HTML: no XML declaration, no width
    /// or height (CSS sizes it), a viewBox in modules, a white background covering the quiet zone
    /// and one path whose sub-paths are the runs of dark modules in each row.
    /// </summary>
    /// <param name="accessibleName">What a screen reader says for the image, e.g. "QR-kod till enkäten".</param>
    /// <param name="quietZoneModules">Light margin around the symbol; the standard asks for 4.</param>
    public string ToSvg(string accessibleName, int quietZoneModules = 4)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessibleName);
        ArgumentOutOfRangeException.ThrowIfNegative(quietZoneModules);

        var side = Size + (2 * quietZoneModules);
        var svg = new StringBuilder(64 + (Size * Size * 2));
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" shape-rendering="crispEdges" role="img" aria-label="{EscapeAttribute(accessibleName)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (!_modules[(y * Size) + x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < Size && _modules[(y * Size) + x + 1])
                {
                    x++;
                }

                var length = x - start + 1;
                svg.Append(CultureInfo.InvariantCulture, $"M{start + quietZoneModules} {y + quietZoneModules}h{length}v1h-{length}z");
            }
        }

        svg.Append("\"/></svg>");
        return svg.ToString();
    }

    private static int? SmallestVersion(QrSegment segment, QrErrorCorrection level)
    {
        for (var version = QrTables.MinVersion; version <= QrTables.MaxVersion; version++)
        {
            if (segment.BitLength(version) is { } bits && bits <= QrTables.DataCodewords(version, level) * 8)
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>
    /// The segment, then a terminator of up to four zero bits, zero bits to the byte boundary and
    /// the pad codewords 0xEC 0x11 alternately until the data capacity is full.
    /// </summary>
    internal static byte[] DataCodewords(QrSegment segment, int version, QrErrorCorrection level)
    {
        var capacityBits = QrTables.DataCodewords(version, level) * 8;
        var bits = new QrBitBuffer();
        segment.WriteTo(bits, version);
        bits.Append(0, Math.Min(4, capacityBits - bits.Length));
        bits.Append(0, (8 - (bits.Length % 8)) % 8);
        for (var pad = 0xEC; bits.Length < capacityBits; pad ^= 0xEC ^ 0x11)
        {
            bits.Append(pad, 8);
        }

        return bits.ToBytes();
    }

    /// <summary>
    /// Splits the data into the version's blocks (the shorter blocks first, longer ones holding one
    /// more data codeword), adds each block's error correction, and interleaves: the first data
    /// codeword of every block, then the second, …, then the error correction codewords likewise.
    /// </summary>
    internal static byte[] Interleave(int version, QrErrorCorrection level, byte[] data)
    {
        var blockCount = QrTables.BlockCount(version, level);
        var ecLength = QrTables.EcCodewordsPerBlock(version, level);
        var longBlocks = data.Length % blockCount;
        var shortLength = data.Length / blockCount;

        var dataBlocks = new byte[blockCount][];
        var ecBlocks = new byte[blockCount][];
        var offset = 0;
        for (var block = 0; block < blockCount; block++)
        {
            var length = shortLength + (block >= blockCount - longBlocks ? 1 : 0);
            dataBlocks[block] = data[offset..(offset + length)];
            ecBlocks[block] = ReedSolomon.Remainder(dataBlocks[block], ecLength);
            offset += length;
        }

        var result = new List<byte>(data.Length + (blockCount * ecLength));
        for (var i = 0; i <= shortLength; i++)
        {
            result.AddRange(dataBlocks.Where(block => i < block.Length).Select(block => block[i]));
        }

        for (var i = 0; i < ecLength; i++)
        {
            result.AddRange(ecBlocks.Select(block => block[i]));
        }

        return [.. result];
    }

    private static string TooLong(QrSegment segment, QrErrorCorrection level)
    {
        var needed = segment.BitLength(QrTables.MaxVersion) is { } bits ? $"{bits} bits" : "more bits than any symbol has";
        var unit = segment.Mode == QrMode.Byte ? "UTF-8 bytes" : "characters";
        return $"The text is too long for a QR code at error correction level {level}: its {segment.CharacterCount} {unit} "
            + $"({segment.Mode} mode) take {needed}, and the largest symbol (version 40) holds "
            + $"{QrTables.DataCodewords(QrTables.MaxVersion, level) * 8}. Shorten the text or choose a lower error correction level.";
    }

    private static string EscapeAttribute(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
