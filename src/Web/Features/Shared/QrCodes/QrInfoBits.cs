namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// The two BCH-protected fields a reader decodes before anything else: format information
/// (level and mask, a (15,5) code) and version information (versions 7 and up, an (18,6) code).
/// </summary>
internal static class QrInfoBits
{
    // x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1
    private const int FormatGenerator = 0b101_0011_0111;

    // Format information is XOR-ed with this so that it is never all light, whatever level and mask.
    private const int FormatMask = 0b101_0100_0001_0010;

    // x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1
    private const int VersionGenerator = 0b1_1111_0010_0101;

    /// <summary>The 15 format bits for a level and mask, bit 14 first when read as a string.</summary>
    public static int Format(QrErrorCorrection level, int mask)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mask);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mask, 7);
        var data = (QrTables.FormatLevelBits(level) << 3) | mask;
        return ((data << 10) | Remainder(data << 10, FormatGenerator)) ^ FormatMask;
    }

    /// <summary>The 18 version bits: six for the version, twelve of check bits.</summary>
    public static int Version(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 7);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, QrTables.MaxVersion);
        return (version << 12) | Remainder(version << 12, VersionGenerator);
    }

    /// <summary>Polynomial division over GF(2): what is left of <paramref name="value"/> modulo the generator.</summary>
    private static int Remainder(int value, int generator)
    {
        var generatorDegree = 31 - int.LeadingZeroCount(generator);
        for (var degree = 31 - int.LeadingZeroCount(value); degree >= generatorDegree; degree = 31 - int.LeadingZeroCount(value))
        {
            value ^= generator << (degree - generatorDegree);
        }

        return value;
    }
}
