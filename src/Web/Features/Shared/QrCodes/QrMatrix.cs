namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// The module grid while a symbol is being built: function patterns first, then the codewords in
/// the two-column zigzag, then a mask and the format information. Modules are stored row by row;
/// x is the column and y the row, both from the top-left corner.
/// </summary>
internal sealed class QrMatrix
{
    private readonly bool[] _dark;

    // Function modules: finder, separator, timing and alignment patterns, format and version
    // information and the dark module. Data never goes there and masks leave them alone.
    private readonly bool[] _function;

    private QrMatrix(int version)
    {
        Version = version;
        Size = QrTables.Size(version);
        _dark = new bool[Size * Size];
        _function = new bool[Size * Size];
        DrawFunctionPatterns();
    }

    private QrMatrix(QrMatrix other)
    {
        Version = other.Version;
        Size = other.Size;
        _dark = (bool[])other._dark.Clone();
        _function = other._function;
    }

    public int Version { get; }

    public int Size { get; }

    /// <summary>Modules left for data and error correction codewords (and the remainder bits).</summary>
    public static int CountDataModules(int version) =>
        new QrMatrix(version)._function.Count(isFunction => !isFunction);

    /// <summary>
    /// The finished symbol for these interleaved codewords: every mask is tried and the one with
    /// the lowest penalty kept (the first of equals), unless <paramref name="forcedMask"/> says which.
    /// </summary>
    public static (bool[] Modules, int Mask) Build(int version, QrErrorCorrection level, byte[] codewords, int? forcedMask = null)
    {
        var unmasked = new QrMatrix(version);
        unmasked.PlaceCodewords(codewords);

        if (forcedMask is { } mask)
        {
            return (unmasked.Masked(level, mask)._dark, mask);
        }

        var best = (Modules: Array.Empty<bool>(), Mask: -1, Penalty: int.MaxValue);
        for (var candidate = 0; candidate < 8; candidate++)
        {
            var masked = unmasked.Masked(level, candidate);
            var penalty = QrPenalty.Total(masked._dark, masked.Size);
            if (penalty < best.Penalty)
            {
                best = (masked._dark, candidate, penalty);
            }
        }

        return (best.Modules, best.Mask);
    }

    /// <summary>
    /// Whether data module (x, y) is inverted by mask <paramref name="mask"/> (ISO/IEC 18004
    /// table 10, with i the row and j the column).
    /// </summary>
    public static bool MaskInverts(int mask, int x, int y) => mask switch
    {
        0 => (y + x) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (y + x) % 3 == 0,
        4 => ((y / 2) + (x / 3)) % 2 == 0,
        5 => ((y * x) % 2) + ((y * x) % 3) == 0,
        6 => (((y * x) % 2) + ((y * x) % 3)) % 2 == 0,
        7 => (((y + x) % 2) + ((y * x) % 3)) % 2 == 0,
        _ => throw new ArgumentOutOfRangeException(nameof(mask), mask, "A QR mask is 0 to 7."),
    };

    /// <summary>Whether (x, y) is a function module in a symbol of this version.</summary>
    public static bool[] FunctionModules(int version) => (bool[])new QrMatrix(version)._function.Clone();

    private QrMatrix Masked(QrErrorCorrection level, int mask)
    {
        var copy = new QrMatrix(this);
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (!_function[(y * Size) + x] && MaskInverts(mask, x, y))
                {
                    copy._dark[(y * Size) + x] ^= true;
                }
            }
        }

        copy.DrawFormat(QrInfoBits.Format(level, mask));
        return copy;
    }

    private void DrawFunctionPatterns()
    {
        // The three finder patterns, each with its one-module light separator towards the symbol.
        DrawFinder(0, 0);
        DrawFinder(Size - 7, 0);
        DrawFinder(0, Size - 7);

        // Timing patterns alternate dark and light between the finders, starting and ending dark.
        for (var i = 8; i < Size - 8; i++)
        {
            SetFunction(i, 6, i % 2 == 0);
            SetFunction(6, i, i % 2 == 0);
        }

        // Alignment patterns at every pairing of the centre coordinates, except the three that
        // would land on a finder pattern.
        var centers = QrTables.AlignmentCenters(Version);
        for (var row = 0; row < centers.Length; row++)
        {
            for (var column = 0; column < centers.Length; column++)
            {
                var onFinder = (row == 0 && column == 0)
                    || (row == 0 && column == centers.Length - 1)
                    || (row == centers.Length - 1 && column == 0);
                if (!onFinder)
                {
                    DrawAlignment(centers[column], centers[row]);
                }
            }
        }

        // Reserve the format information areas now (light); the bits go in once the mask is chosen.
        DrawFormat(0);

        // The single dark module beside the lower-left format information, in every symbol.
        SetFunction(8, Size - 8, true);

        if (Version >= 7)
        {
            DrawVersion(QrInfoBits.Version(Version));
        }
    }

    private void DrawFinder(int left, int top)
    {
        for (var dy = -1; dy <= 7; dy++)
        {
            for (var dx = -1; dx <= 7; dx++)
            {
                var x = left + dx;
                var y = top + dy;
                if (x < 0 || y < 0 || x >= Size || y >= Size)
                {
                    continue;
                }

                // Rings around the centre: 3×3 dark core, light ring, dark ring, light separator.
                var ring = Math.Max(Math.Abs(dx - 3), Math.Abs(dy - 3));
                SetFunction(x, y, ring is not 2 and not 4);
            }
        }
    }

    private void DrawAlignment(int centerX, int centerY)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++)
            {
                SetFunction(centerX + dx, centerY + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
    }

    /// <summary>Both copies of the 15 format bits (bit 0 the least significant).</summary>
    private void DrawFormat(int bits)
    {
        for (var i = 0; i < 15; i++)
        {
            var dark = ((bits >> i) & 1) != 0;

            // First copy around the top-left finder: bits 0–7 down column 8 (stepping over the
            // timing row), bits 8–14 leftwards along row 8 (stepping over the timing column).
            if (i < 6)
            {
                SetFunction(8, i, dark);
            }
            else if (i < 8)
            {
                SetFunction(8, i + 1, dark);
            }
            else if (i == 8)
            {
                SetFunction(7, 8, dark);
            }
            else
            {
                SetFunction(14 - i, 8, dark);
            }

            // Second copy, split: bits 0–7 along row 8 from the right edge leftwards, bits 8–14
            // down column 8 to the bottom edge.
            if (i < 8)
            {
                SetFunction(Size - 1 - i, 8, dark);
            }
            else
            {
                SetFunction(8, Size - 15 + i, dark);
            }
        }
    }

    /// <summary>Both 6×3 copies of the 18 version bits, bit 0 nearest the corner of the symbol's edge.</summary>
    private void DrawVersion(int bits)
    {
        for (var i = 0; i < 18; i++)
        {
            var dark = ((bits >> i) & 1) != 0;
            var across = i / 3;
            var along = (i % 3) + Size - 11;
            SetFunction(across, along, dark); // above the lower-left finder
            SetFunction(along, across, dark); // left of the upper-right finder
        }
    }

    /// <summary>
    /// Codeword bits, most significant first, in two-module-wide columns from the lower right:
    /// up the first pair, down the next, and so on leftwards, skipping function modules and the
    /// vertical timing column. Modules beyond the last codeword (remainder bits) stay light.
    /// </summary>
    private void PlaceCodewords(byte[] codewords)
    {
        var bitCount = codewords.Length * 8;
        var next = 0;
        var upward = true;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var step = 0; step < Size; step++)
            {
                var y = upward ? Size - 1 - step : step;
                for (var x = right; x >= right - 1; x--)
                {
                    if (_function[(y * Size) + x])
                    {
                        continue;
                    }

                    if (next < bitCount)
                    {
                        _dark[(y * Size) + x] = ((codewords[next / 8] >> (7 - (next % 8))) & 1) != 0;
                    }

                    next++;
                }
            }

            upward = !upward;
        }

        if (next < bitCount)
        {
            throw new InvalidOperationException($"{bitCount} codeword bits do not fit the {next} data modules of version {Version}.");
        }
    }

    private void SetFunction(int x, int y, bool dark)
    {
        _dark[(y * Size) + x] = dark;
        _function[(y * Size) + x] = true;
    }
}
