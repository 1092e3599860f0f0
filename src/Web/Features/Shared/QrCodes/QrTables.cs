namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// Facts of ISO/IEC 18004 that cannot be derived: the error correction block structure of each
/// version and level, and where the alignment patterns go. Everything else (symbol size, how many
/// codewords fit) is computed from the layout, so a wrong table entry shows up as a failed
/// round trip rather than as a silently shifted symbol.
/// </summary>
internal static class QrTables
{
    public const int MinVersion = 1;
    public const int MaxVersion = 40;

    // Rows are the levels in enum order (L, M, Q, H); columns are versions 1 to 40.
    private static readonly byte[][] EcCodewordsPerBlockTable =
    [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ];

    private static readonly byte[][] BlockCountTable =
    [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ];

    // Row and column coordinates of alignment pattern centres (ISO/IEC 18004 Annex E), version 1 to 40.
    private static readonly byte[][] AlignmentCentersTable =
    [
        [],
        [6, 18],
        [6, 22],
        [6, 26],
        [6, 30],
        [6, 34],
        [6, 22, 38],
        [6, 24, 42],
        [6, 26, 46],
        [6, 28, 50],
        [6, 30, 54],
        [6, 32, 58],
        [6, 34, 62],
        [6, 26, 46, 66],
        [6, 26, 48, 70],
        [6, 26, 50, 74],
        [6, 30, 54, 78],
        [6, 30, 56, 82],
        [6, 30, 58, 86],
        [6, 34, 62, 90],
        [6, 28, 50, 72, 94],
        [6, 26, 50, 74, 98],
        [6, 30, 54, 78, 102],
        [6, 28, 54, 80, 106],
        [6, 32, 58, 84, 110],
        [6, 30, 58, 86, 114],
        [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122],
        [6, 30, 54, 78, 102, 126],
        [6, 26, 52, 78, 104, 130],
        [6, 30, 56, 82, 108, 134],
        [6, 34, 60, 86, 112, 138],
        [6, 30, 58, 86, 114, 142],
        [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150],
        [6, 24, 50, 76, 102, 128, 154],
        [6, 28, 54, 80, 106, 132, 158],
        [6, 32, 58, 84, 110, 136, 162],
        [6, 26, 54, 82, 110, 138, 166],
        [6, 30, 58, 86, 114, 142, 170],
    ];

    // Codewords a symbol holds, counted once from the function-pattern layout itself.
    private static readonly int[] TotalCodewordsTable =
        [.. Enumerable.Range(MinVersion, MaxVersion).Select(v => QrMatrix.CountDataModules(v) / 8)];

    /// <summary>Modules along one side: 21 for version 1, four more per version.</summary>
    public static int Size(int version) => 17 + (4 * version);

    public static int EcCodewordsPerBlock(int version, QrErrorCorrection level) =>
        EcCodewordsPerBlockTable[(int)level][version - 1];

    public static int BlockCount(int version, QrErrorCorrection level) =>
        BlockCountTable[(int)level][version - 1];

    public static ReadOnlySpan<byte> AlignmentCenters(int version) => AlignmentCentersTable[version - 1];

    /// <summary>Data and error correction codewords together.</summary>
    public static int TotalCodewords(int version) => TotalCodewordsTable[version - 1];

    /// <summary>Bits left over after the last whole codeword (0, 3, 4 or 7); they stay light before masking.</summary>
    public static int RemainderBits(int version) => QrMatrix.CountDataModules(version) % 8;

    /// <summary>Codewords that carry the message, the rest being error correction.</summary>
    public static int DataCodewords(int version, QrErrorCorrection level) =>
        TotalCodewords(version) - (BlockCount(version, level) * EcCodewordsPerBlock(version, level));

    /// <summary>
    /// Width of the character count indicator, which grows at versions 10 and 27
    /// (ISO/IEC 18004 table 3).
    /// </summary>
    public static int CharacterCountBits(QrMode mode, int version)
    {
        var band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
        return mode switch
        {
            QrMode.Numeric => 10 + (2 * band),
            QrMode.Alphanumeric => 9 + (2 * band),
            _ => band == 0 ? 8 : 16,
        };
    }

    /// <summary>The two level bits of the format information: L = 01, M = 00, Q = 11, H = 10.</summary>
    public static int FormatLevelBits(QrErrorCorrection level) => level switch
    {
        QrErrorCorrection.Low => 0b01,
        QrErrorCorrection.Medium => 0b00,
        QrErrorCorrection.Quartile => 0b11,
        _ => 0b10,
    };
}
