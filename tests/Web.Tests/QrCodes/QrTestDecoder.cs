using System.Text;
using Halsoportal.Web.Features.Shared.QrCodes;

namespace Halsoportal.Web.Tests.QrCodes;

/// <summary>
/// A small QR reader for clean symbols (no perspective, no damage), written for the tests so that
/// the encoder is proven end to end: it reads the format and version information, checks their
/// BCH codes, removes the mask, de-interleaves the blocks, requires every Reed–Solomon syndrome to
/// be zero and parses the segments back into text. It shares only the standard's tables with the
/// encoder, and fails an assertion wherever a symbol breaks the standard.
/// </summary>
internal static class QrTestDecoder
{
    public sealed record Decoded(string Text, int Version, QrErrorCorrection Level, int Mask, string Mode);

    public static Decoded Decode(QrCode code)
    {
        var size = code.Size;
        Assert.Equal(0, (size - 17) % 4);
        var version = (size - 17) / 4;

        var format = ReadFormat(code);
        var level = (format >> 13) switch
        {
            0b01 => QrErrorCorrection.Low,
            0b00 => QrErrorCorrection.Medium,
            0b11 => QrErrorCorrection.Quartile,
            _ => QrErrorCorrection.High,
        };
        var mask = (format >> 10) & 0b111;

        if (version >= 7)
        {
            Assert.Equal(version, ReadVersion(code));
        }

        var function = FunctionModules(version, size);
        var bits = ReadDataBits(code, function, mask);
        var totalCodewords = bits.Count / 8;
        var codewords = new byte[totalCodewords];
        for (var i = 0; i < totalCodewords * 8; i++)
        {
            codewords[i / 8] |= (byte)((bits[i] ? 1 : 0) << (7 - (i % 8)));
        }

        // Remainder bits beyond the last codeword are light before masking.
        Assert.All(bits.Skip(totalCodewords * 8), Assert.False);

        var data = Deinterleave(codewords, version, level);
        var (text, mode) = ParseSegments(data, version);
        return new Decoded(text, version, level, mask, mode);
    }

    /// <summary>Both copies of the format information, read most significant bit first, must agree and be a BCH codeword.</summary>
    public static int ReadFormat(QrCode code)
    {
        var size = code.Size;
        (int X, int Y)[] nearTopLeft =
            [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)];
        var split = Enumerable.Range(1, 7).Select(i => (8, size - i))
            .Concat(Enumerable.Range(0, 8).Select(i => (size - 8 + i, 8)))
            .ToArray();

        var first = ReadBits(code, nearTopLeft);
        Assert.Equal(first, ReadBits(code, split));
        var unmasked = first ^ 0b101010000010010;
        Assert.Equal(0, Gf2Remainder(unmasked, 0b10100110111));
        return unmasked;
    }

    /// <summary>Both 6×3 version blocks, most significant bit first, must agree and be a BCH codeword.</summary>
    public static int ReadVersion(QrCode code)
    {
        var size = code.Size;
        var lowerLeft = new List<(int, int)>();
        var upperRight = new List<(int, int)>();
        for (var i = 17; i >= 0; i--)
        {
            lowerLeft.Add((i / 3, size - 11 + (i % 3)));
            upperRight.Add((size - 11 + (i % 3), i / 3));
        }

        var bits = ReadBits(code, lowerLeft);
        Assert.Equal(bits, ReadBits(code, upperRight));
        Assert.Equal(0, Gf2Remainder(bits, 0b1111100100101));
        return bits >> 12;
    }

    /// <summary>Finders with separators and format areas, timing, alignment, version blocks.</summary>
    public static bool[,] FunctionModules(int version, int size)
    {
        var function = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var corner = (x <= 8 && y <= 8) || (x >= size - 8 && y <= 8) || (x <= 8 && y >= size - 8);
                var timing = x == 6 || y == 6;
                var versionBlock = version >= 7
                    && ((x < 6 && y >= size - 11 && y < size - 8) || (y < 6 && x >= size - 11 && x < size - 8));
                function[x, y] = corner || timing || versionBlock;
            }
        }

        var centers = QrTables.AlignmentCenters(version).ToArray();
        foreach (var cx in centers)
        {
            foreach (var cy in centers)
            {
                // The three pairings that would overlap a finder pattern have no alignment pattern.
                var last = centers[^1];
                if ((cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6))
                {
                    continue;
                }

                for (var dy = -2; dy <= 2; dy++)
                {
                    for (var dx = -2; dx <= 2; dx++)
                    {
                        function[cx + dx, cy + dy] = true;
                    }
                }
            }
        }

        return function;
    }

    private static List<bool> ReadDataBits(QrCode code, bool[,] function, int mask)
    {
        var size = code.Size;
        var bits = new List<bool>();
        var upward = true;
        for (var right = size - 1; right > 0; right -= 2)
        {
            if (right == 6)
            {
                right--;
            }

            for (var step = 0; step < size; step++)
            {
                var y = upward ? size - 1 - step : step;
                foreach (var x in new[] { right, right - 1 })
                {
                    if (!function[x, y])
                    {
                        bits.Add(code[x, y] ^ Inverted(mask, i: y, j: x));
                    }
                }
            }

            upward = !upward;
        }

        return bits;
    }

    /// <summary>The data mask conditions of ISO/IEC 18004 with i the row and j the column.</summary>
    private static bool Inverted(int mask, int i, int j) => mask switch
    {
        0 => (i + j) % 2 == 0,
        1 => i % 2 == 0,
        2 => j % 3 == 0,
        3 => (i + j) % 3 == 0,
        4 => ((i / 2) + (j / 3)) % 2 == 0,
        5 => ((i * j) % 2) + ((i * j) % 3) == 0,
        6 => (((i * j) % 2) + ((i * j) % 3)) % 2 == 0,
        _ => (((i * j) % 3) + ((i + j) % 2)) % 2 == 0,
    };

    private static byte[] Deinterleave(byte[] codewords, int version, QrErrorCorrection level)
    {
        var blockCount = QrTables.BlockCount(version, level);
        var ecLength = QrTables.EcCodewordsPerBlock(version, level);
        var dataLength = codewords.Length - (blockCount * ecLength);
        var shortData = dataLength / blockCount;
        var longBlocks = dataLength % blockCount;
        var blocks = Enumerable.Range(0, blockCount)
            .Select(b => new List<byte>())
            .ToArray();
        var dataOf = Enumerable.Range(0, blockCount)
            .Select(b => shortData + (b >= blockCount - longBlocks ? 1 : 0))
            .ToArray();

        var next = 0;
        for (var round = 0; round <= shortData; round++)
        {
            for (var b = 0; b < blockCount; b++)
            {
                if (round < dataOf[b])
                {
                    blocks[b].Add(codewords[next++]);
                }
            }
        }

        for (var round = 0; round < ecLength; round++)
        {
            for (var b = 0; b < blockCount; b++)
            {
                blocks[b].Add(codewords[next++]);
            }
        }

        Assert.Equal(codewords.Length, next);
        for (var b = 0; b < blockCount; b++)
        {
            // A codeword of an RS code with generator roots α⁰…αⁿ⁻¹ evaluates to zero at each root.
            for (var k = 0; k < ecLength; k++)
            {
                Assert.True(Syndrome(blocks[b], k) == 0, $"Block {b} of {blockCount}: syndrome {k} is not zero.");
            }
        }

        return [.. blocks.SelectMany((block, b) => block.Take(dataOf[b]))];
    }

    private static (string Text, string Mode) ParseSegments(byte[] data, int version)
    {
        var reader = new BitReader(data);
        var text = new StringBuilder();
        var modes = new List<string>();
        while (reader.Remaining >= 4)
        {
            var mode = reader.Read(4);
            if (mode == 0)
            {
                break;
            }

            var band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
            switch (mode)
            {
                case 0b0001:
                    modes.Add("Numeric");
                    var digits = reader.Read(new[] { 10, 12, 14 }[band]);
                    for (; digits >= 3; digits -= 3)
                    {
                        var value = reader.Read(10);
                        Assert.True(value < 1000);
                        text.Append(value.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    if (digits > 0)
                    {
                        text.Append(reader.Read(digits * 3 + 1).ToString(digits == 2 ? "D2" : "D1", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                case 0b0010:
                    modes.Add("Alphanumeric");
                    const string charset = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
                    var characters = reader.Read(new[] { 9, 11, 13 }[band]);
                    for (; characters >= 2; characters -= 2)
                    {
                        var pair = reader.Read(11);
                        text.Append(charset[pair / 45]).Append(charset[pair % 45]);
                    }

                    if (characters == 1)
                    {
                        text.Append(charset[reader.Read(6)]);
                    }

                    break;
                case 0b0100:
                    modes.Add("Byte");
                    var bytes = new byte[reader.Read(new[] { 8, 16, 16 }[band])];
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        bytes[i] = (byte)reader.Read(8);
                    }

                    text.Append(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
                    break;
                default:
                    Assert.Fail($"Unexpected mode indicator {mode}.");
                    break;
            }
        }

        // After the terminator: zero bits to the byte boundary, then 0xEC 0x11 0xEC … to the end.
        while (reader.Position % 8 != 0)
        {
            Assert.Equal(0, reader.Read(1));
        }

        for (var pad = 0xEC; reader.Remaining >= 8; pad ^= 0xEC ^ 0x11)
        {
            Assert.Equal(pad, reader.Read(8));
        }

        return (text.ToString(), string.Join('+', modes));
    }

    private static int ReadBits(QrCode code, IEnumerable<(int X, int Y)> positions) =>
        positions.Aggregate(0, (bits, p) => (bits << 1) | (code[p.X, p.Y] ? 1 : 0));

    private static int Gf2Remainder(int value, int generator)
    {
        var generatorBits = 32 - int.LeadingZeroCount(generator);
        for (var shift = 32 - int.LeadingZeroCount(value) - generatorBits; shift >= 0; shift = 32 - int.LeadingZeroCount(value) - generatorBits)
        {
            value ^= generator << shift;
        }

        return value;
    }

    /// <summary>The block polynomial (first codeword highest) evaluated at α^k, by Horner's rule.</summary>
    private static int Syndrome(List<byte> block, int k)
    {
        var point = 1;
        for (var i = 0; i < k; i++)
        {
            point = GfMultiply(point, 2);
        }

        return block.Aggregate(0, (sum, codeword) => GfMultiply(sum, point) ^ codeword);
    }

    /// <summary>Carry-less multiplication reduced by x⁸ + x⁴ + x³ + x² + 1, bit by bit.</summary>
    private static int GfMultiply(int a, int b)
    {
        var product = 0;
        for (; b != 0; b >>= 1)
        {
            if ((b & 1) != 0)
            {
                product ^= a;
            }

            a <<= 1;
            if ((a & 0x100) != 0)
            {
                a ^= 0x11D;
            }
        }

        return product;
    }

    private sealed class BitReader(byte[] bytes)
    {
        public int Position { get; private set; }

        public int Remaining => (bytes.Length * 8) - Position;

        public int Read(int count)
        {
            Assert.True(count <= Remaining, $"Needed {count} bits, {Remaining} left.");
            var value = 0;
            for (var i = 0; i < count; i++, Position++)
            {
                value = (value << 1) | ((bytes[Position / 8] >> (7 - (Position % 8))) & 1);
            }

            return value;
        }
    }
}
