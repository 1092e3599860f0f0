using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Halsoportal.Web.Features.Shared.QrCodes;

namespace Halsoportal.Web.Tests.QrCodes;

/// <summary>
/// The QR encoder against facts printed in ISO/IEC 18004 (the worked "01234567" example, format
/// and version information, capacities, codeword counts, pattern positions) and end to end
/// through <see cref="QrTestDecoder"/>: what it encodes must read back, with every Reed–Solomon
/// syndrome zero.
/// </summary>
public sealed class QrCodeTests
{
    private const string InvitationUrl = "https://halsoportal.se/sundsvall/dialog/utegym-i-sundsvall/svara#kod=K7MQ2XR9TD";

    private static readonly QrErrorCorrection[] Levels =
        [QrErrorCorrection.Low, QrErrorCorrection.Medium, QrErrorCorrection.Quartile, QrErrorCorrection.High];

    // The standard's worked example: "01234567" in numeric mode, version 1-M.
    private static readonly byte[] ExampleData =
        [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11];

    private static readonly byte[] ExampleErrorCorrection = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55];

    [Fact]
    public void DataCodewords_StandardExample01234567_AreTheKnownSixteen()
    {
        var data = QrCode.DataCodewords(QrSegment.For("01234567"), 1, QrErrorCorrection.Medium);

        Assert.Equal(ExampleData, data);
    }

    [Fact]
    public void ReedSolomon_StandardExample_GivesKnownErrorCorrectionCodewords()
    {
        Assert.Equal(ExampleErrorCorrection, ReedSolomon.Remainder(ExampleData, 10));
    }

    [Fact]
    public void Interleave_SingleBlock_IsDataThenErrorCorrection()
    {
        Assert.Equal([.. ExampleData, .. ExampleErrorCorrection], QrCode.Interleave(1, QrErrorCorrection.Medium, ExampleData));
    }

    [Fact]
    public void Interleave_Version5Quartile_TakesColumnsAcrossShortThenLongBlocks()
    {
        // 5-Q: two blocks of 15 data codewords, then two of 16; 18 EC codewords each.
        var data = Enumerable.Range(0, 62).Select(i => (byte)i).ToArray();

        var codewords = QrCode.Interleave(5, QrErrorCorrection.Quartile, data);

        Assert.Equal(134, codewords.Length);
        Assert.Equal(new byte[] { 0, 15, 30, 46, 1, 16, 31, 47 }, codewords[..8]);
        // The 16th data codeword exists only in the long blocks.
        Assert.Equal(new byte[] { 14, 29, 44, 60, 45, 61 }, codewords[56..62]);
        Assert.Equal(ReedSolomon.Remainder(data.AsSpan(0, 15), 18)[0], codewords[62]);
        Assert.Equal(ReedSolomon.Remainder(data.AsSpan(46, 16), 18)[17], codewords[133]);
    }

    [Theory]
    [InlineData(QrErrorCorrection.Medium, 0, "101010000010010")]
    [InlineData(QrErrorCorrection.Medium, 5, "100000011001110")]
    [InlineData(QrErrorCorrection.Low, 0, "111011111000100")]
    [InlineData(QrErrorCorrection.Low, 7, "110100101110110")]
    [InlineData(QrErrorCorrection.Quartile, 2, "011111100110001")]
    [InlineData(QrErrorCorrection.High, 0, "001011010001001")]
    [InlineData(QrErrorCorrection.High, 6, "000110100001100")]
    public void FormatInformation_KnownLevelAndMask_IsTheStandardsBitString(QrErrorCorrection level, int mask, string expected)
    {
        Assert.Equal(expected, Convert.ToString(QrInfoBits.Format(level, mask), 2).PadLeft(15, '0'));
    }

    [Theory]
    [InlineData(7, "000111110010010100")]
    [InlineData(8, "001000010110111100")]
    [InlineData(21, "010101011010000011")]
    [InlineData(40, "101000110001101001")]
    public void VersionInformation_KnownVersion_IsTheStandardsBitString(int version, string expected)
    {
        Assert.Equal(expected, Convert.ToString(QrInfoBits.Version(version), 2).PadLeft(18, '0'));
    }

    [Fact]
    public void TotalCodewords_EveryVersion_MatchesTheStandard()
    {
        int[] expected =
        [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706,
        ];
        int[] remainderBits = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0];

        Assert.Equal(expected, Enumerable.Range(1, 40).Select(QrTables.TotalCodewords));
        Assert.Equal(remainderBits, Enumerable.Range(1, 40).Select(QrTables.RemainderBits));
    }

    [Theory]
    // Byte mode (ISO/IEC 18004 table 7): the largest that fits, and one more byte.
    [InlineData(QrErrorCorrection.Medium, 'a', 14, 1)]
    [InlineData(QrErrorCorrection.Medium, 'a', 15, 2)]
    [InlineData(QrErrorCorrection.Low, 'a', 17, 1)]
    [InlineData(QrErrorCorrection.Low, 'a', 18, 2)]
    [InlineData(QrErrorCorrection.Quartile, 'a', 11, 1)]
    [InlineData(QrErrorCorrection.High, 'a', 7, 1)]
    [InlineData(QrErrorCorrection.High, 'a', 8, 2)]
    [InlineData(QrErrorCorrection.Medium, 'a', 62, 4)]
    [InlineData(QrErrorCorrection.Medium, 'a', 63, 5)]
    [InlineData(QrErrorCorrection.Low, 'a', 271, 10)]
    [InlineData(QrErrorCorrection.Low, 'a', 272, 11)]
    [InlineData(QrErrorCorrection.High, 'a', 119, 10)]
    [InlineData(QrErrorCorrection.Low, 'a', 2953, 40)]
    [InlineData(QrErrorCorrection.Medium, 'a', 2331, 40)]
    [InlineData(QrErrorCorrection.Quartile, 'a', 1663, 40)]
    [InlineData(QrErrorCorrection.High, 'a', 1273, 40)]
    // Alphanumeric and numeric mode.
    [InlineData(QrErrorCorrection.Medium, 'A', 20, 1)]
    [InlineData(QrErrorCorrection.Medium, 'A', 21, 2)]
    [InlineData(QrErrorCorrection.Low, 'A', 4296, 40)]
    [InlineData(QrErrorCorrection.Medium, '7', 34, 1)]
    [InlineData(QrErrorCorrection.Medium, '7', 35, 2)]
    [InlineData(QrErrorCorrection.Low, '7', 7089, 40)]
    public void Encode_AtCapacityBoundary_ChoosesSmallestVersionThatHoldsIt(QrErrorCorrection level, char character, int length, int expectedVersion)
    {
        var code = QrCode.Encode(new string(character, length), level);

        Assert.Equal(expectedVersion, code.Version);
        Assert.Equal(17 + (4 * expectedVersion), code.Size);
    }

    [Theory]
    [InlineData(QrErrorCorrection.Low, 2954)]
    [InlineData(QrErrorCorrection.High, 1274)]
    public void Encode_TextLongerThanVersion40_ThrowsArgumentExceptionSayingSo(QrErrorCorrection level, int bytes)
    {
        var error = Assert.Throws<ArgumentException>(() => QrCode.Encode(new string('a', bytes), level));

        Assert.Equal("text", error.ParamName);
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{bytes} UTF-8 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EveryVersionAndLevelFilledToCapacity_RoundTripsAndOneMoreByteNeedsTheNextVersion()
    {
        foreach (var level in Levels)
        {
            for (var version = 1; version <= 40; version++)
            {
                var countBits = version <= 9 ? 8 : 16;
                var capacity = ((QrTables.DataCodewords(version, level) * 8) - 4 - countBits) / 8;
                var text = RandomText(new Random(version), capacity, "abcdefghijklmnopqrstuvwxyz0123456789-/?=.");

                var code = QrCode.Encode(text, level);
                var decoded = QrTestDecoder.Decode(code);

                Assert.Equal(version, code.Version);
                Assert.Equal((text, level), (decoded.Text, decoded.Level));
                if (version < 40)
                {
                    Assert.Equal(version + 1, QrCode.Encode(text + "x", level).Version);
                }
            }
        }
    }

    [Fact]
    public void Encode_FewHundredRandomTexts_DecodeToTheSameText()
    {
        var random = new Random(18004);
        var versions = new HashSet<int>();
        for (var i = 0; i < 400; i++)
        {
            var level = Levels[i % 4];
            var maxBytes = level switch
            {
                QrErrorCorrection.Low => 2953,
                QrErrorCorrection.Medium => 2331,
                QrErrorCorrection.Quartile => 1663,
                _ => 1273,
            };

            // Mostly short texts, as printed codes are, with a long tail up to full capacity.
            var length = (int)(Math.Pow(random.NextDouble(), 3) * maxBytes);
            var text = (i % 5) switch
            {
                0 => RandomText(random, length, "0123456789"),
                1 => RandomText(random, length, QrSegment.AlphanumericCharset),
                2 => RandomText(random, length / 4, "abcåäöÅÄÖéü €😀 ,.!?\n"),
                3 => InvitationUrl[..Math.Min(length, InvitationUrl.Length)],
                _ => RandomText(random, length, new string([.. Enumerable.Range(0x20, 0x5F).Select(c => (char)c)])),
            };

            var code = QrCode.Encode(text, level);
            var decoded = QrTestDecoder.Decode(code);

            Assert.Equal(text, decoded.Text);
            Assert.Equal(level, decoded.Level);
            Assert.Equal(code.Mask, decoded.Mask);
            versions.Add(code.Version);
        }

        Assert.True(versions.Count >= 25, $"Only versions {string.Join(", ", versions.Order())} were exercised.");
    }

    [Theory]
    [InlineData("HTTPS://HALSOPORTAL.SE/SUNDSVALL/DIALOG/K7MQ2XR9TD", "Alphanumeric")]
    [InlineData("HTTPS://HALSOPORTAL.SE/SUNDSVALL/DIALOG?KOD=K7MQ2XR9TD", "Byte")] // ? and = are not alphanumeric
    [InlineData("K7MQ2XR9TD", "Alphanumeric")]
    [InlineData("0123456789012", "Numeric")]
    [InlineData(InvitationUrl, "Byte")]
    [InlineData("Hälsoportal – svara på enkäten", "Byte")]
    [InlineData("", "Byte")]
    public void Encode_Text_UsesTheMostCompactSingleModeAndRoundTrips(string text, string mode)
    {
        var decoded = QrTestDecoder.Decode(QrCode.Encode(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal(mode, decoded.Mode);
    }

    [Fact]
    public void Encode_InvitationUrl_IsVersion5MediumByDefault()
    {
        // 79 bytes: version 4-M holds 62, version 5-M 84.
        var code = QrCode.Encode(InvitationUrl);

        Assert.Equal((5, QrErrorCorrection.Medium), (code.Version, code.ErrorCorrection));
    }

    [Theory]
    [InlineData("01234567", QrErrorCorrection.Medium)]
    [InlineData(InvitationUrl, QrErrorCorrection.Low)]
    [InlineData(InvitationUrl, QrErrorCorrection.High)]
    [InlineData("Hälsoportal", QrErrorCorrection.Quartile)]
    public void Encode_ChoosesTheFirstMaskWithTheLowestPenalty(string text, QrErrorCorrection level)
    {
        var chosen = QrCode.Encode(text, level);
        var penalties = Enumerable.Range(0, 8)
            .Select(mask => QrPenalty.Total(Modules(QrCode.Encode(text, level, forcedMask: mask)), chosen.Size))
            .ToArray();

        Assert.Equal(Array.IndexOf(penalties, penalties.Min()), chosen.Mask);
        Assert.Equal(Modules(QrCode.Encode(text, level, forcedMask: chosen.Mask)), Modules(chosen));
        // The masks really differ, so the choice is a choice.
        Assert.True(penalties.Distinct().Count() > 1);
    }

    [Fact]
    public void Encode_EachForcedMask_IsReadBackFromTheFormatInformation()
    {
        for (var mask = 0; mask < 8; mask++)
        {
            var decoded = QrTestDecoder.Decode(QrCode.Encode(InvitationUrl, QrErrorCorrection.Quartile, mask));

            Assert.Equal((InvitationUrl, mask), (decoded.Text, decoded.Mask));
        }
    }

    [Fact]
    public void Penalty_AllLight21_ScoresEveryRule()
    {
        var light = new bool[21 * 21];

        // 42 lines, each one run of 21: 3 + 16. 20×20 two-by-two blocks at 3. 0 % dark is 10 steps of 5 %.
        Assert.Equal(42 * 19, QrPenalty.Runs(light, 21));
        Assert.Equal(400 * 3, QrPenalty.Blocks(light, 21));
        Assert.Equal(0, QrPenalty.FinderLike(light, 21));
        Assert.Equal(100, QrPenalty.Balance(light, 21));
    }

    [Fact]
    public void Penalty_Checkerboard_ScoresNothing()
    {
        var board = Enumerable.Range(0, 21 * 21).Select(i => ((i / 21) + (i % 21)) % 2 == 0).ToArray();

        Assert.Equal(0, QrPenalty.Total(board, 21));
    }

    [Fact]
    public void Penalty_FinderLikeRow_Scores40ForEachLightSide()
    {
        // One row 0000 1011101 00: light on the left inside the symbol, on the right into the quiet zone.
        var modules = new bool[13 * 13];
        foreach (var x in new[] { 4, 6, 7, 8, 10 })
        {
            modules[x] = true;
        }

        Assert.Equal(80, QrPenalty.FinderLike(modules, 13));

        // Break the 1:1:3:1:1 ratio and nothing is left.
        modules[7] = false;
        Assert.Equal(0, QrPenalty.FinderLike(modules, 13));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(198, 10)] // 44.9 %
    [InlineData(199, 0)] // 45.1 %
    [InlineData(264, 10)] // 59.9 %
    [InlineData(265, 20)] // 60.1 %
    [InlineData(441, 100)]
    public void Penalty_Balance_TenPerFullFivePercentAwayFromHalf(int dark, int expected)
    {
        var modules = Enumerable.Range(0, 441).Select(i => i < dark).ToArray();

        Assert.Equal(expected, QrPenalty.Balance(modules, 21));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(22)]
    [InlineData(40)]
    public void Encode_FunctionPatterns_AreInPlace(int version)
    {
        var level = QrErrorCorrection.Medium;
        var capacity = ((QrTables.DataCodewords(version, level) * 8) - 4 - (version <= 9 ? 8 : 16)) / 8;
        var code = QrCode.Encode(new string('q', capacity), level);
        var size = code.Size;
        Assert.Equal(version, code.Version);

        foreach (var (left, top) in new[] { (0, 0), (size - 7, 0), (0, size - 7) })
        {
            for (var dy = 0; dy < 7; dy++)
            {
                for (var dx = 0; dx < 7; dx++)
                {
                    var ring = Math.Max(Math.Abs(dx - 3), Math.Abs(dy - 3));
                    Assert.Equal(ring != 2, code[left + dx, top + dy]);
                }
            }
        }

        // Separators: the light border of each finder towards the symbol.
        for (var i = 0; i < 8; i++)
        {
            Assert.False(code[7, i]);
            Assert.False(code[i, 7]);
            Assert.False(code[size - 8, i]);
            Assert.False(code[size - 8 + i, 7]);
            Assert.False(code[7, size - 8 + i]);
            Assert.False(code[i, size - 8]);
        }

        for (var i = 8; i < size - 8; i++)
        {
            Assert.Equal(i % 2 == 0, code[i, 6]);
            Assert.Equal(i % 2 == 0, code[6, i]);
        }

        Assert.True(code[8, size - 8], "The dark module is missing.");

        var centers = QrTables.AlignmentCenters(version).ToArray();
        Assert.Equal(version == 1 ? 0 : (version / 7) + 2, centers.Length);
        var alignments = 0;
        foreach (var cx in centers)
        {
            foreach (var cy in centers)
            {
                if ((cx < 9 && cy < 9) || (cx > size - 9 && cy < 9) || (cx < 9 && cy > size - 9))
                {
                    continue;
                }

                alignments++;
                for (var dy = -2; dy <= 2; dy++)
                {
                    for (var dx = -2; dx <= 2; dx++)
                    {
                        Assert.Equal(Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1, code[cx + dx, cy + dy]);
                    }
                }
            }
        }

        Assert.Equal(centers.Length == 0 ? 0 : (centers.Length * centers.Length) - 3, alignments);
        Assert.Equal(QrInfoBits.Format(level, code.Mask), QrTestDecoder.ReadFormat(code) ^ 0b101010000010010);
        if (version >= 7)
        {
            Assert.Equal(version, QrTestDecoder.ReadVersion(code));
        }
    }

    [Fact]
    public void AlignmentCenters_EveryVersion_RunFrom6ToTheFarEdgeEvenlyAfterTheFirstGap()
    {
        for (var version = 2; version <= 40; version++)
        {
            var centers = QrTables.AlignmentCenters(version).ToArray().Select(c => (int)c).ToArray();
            var gaps = centers.Zip(centers.Skip(1), (a, b) => b - a).ToArray();

            Assert.Equal(6, centers[0]);
            Assert.Equal(QrTables.Size(version) - 7, centers[^1]);
            Assert.All(gaps.Skip(1), gap => Assert.Equal(gaps[^1], gap));
            // The first gap takes up the slack: narrower, except in version 32 where it is wider.
            Assert.True(gaps[^1] % 2 == 0 && (gaps[0] <= gaps[^1] || version == 32), $"Version {version}: {string.Join(", ", centers)}");
        }
    }

    [Fact]
    public void Indexer_OutsideTheSymbol_Throws()
    {
        var code = QrCode.Encode("x");

        Assert.Throws<ArgumentOutOfRangeException>(() => code[-1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => code[0, code.Size]);
        Assert.Throws<ArgumentNullException>(() => QrCode.Encode(null!));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    [InlineData(2)]
    public void ToSvg_IsInlineableSvgWhosePathCoversExactlyTheDarkModules(int quietZone)
    {
        var code = QrCode.Encode(InvitationUrl);

        var svg = code.ToSvg("QR-kod till enkäten \"Utegym\" & <mer>", quietZone);

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        var root = XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var side = code.Size + (2 * quietZone);
        Assert.Equal(ns + "svg", root.Name);
        Assert.Equal($"0 0 {side} {side}", (string?)root.Attribute("viewBox"));
        Assert.Null(root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("QR-kod till enkäten \"Utegym\" & <mer>", (string?)root.Attribute("aria-label"));
        Assert.Equal("crispEdges", (string?)root.Attribute("shape-rendering"));
        var path = Assert.Single(root.Elements(ns + "path"));

        var painted = new bool[side, side];
        var runs = 0;
        var d = (string)path.Attribute("d")!;
        var commands = Regex.Matches(d, @"M(\d+) (\d+)h(\d+)v1h-(\d+)z");
        Assert.Equal(d.Length, commands.Sum(m => m.Length));
        foreach (Match command in commands)
        {
            var x = int.Parse(command.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(command.Groups[2].Value, CultureInfo.InvariantCulture);
            var length = int.Parse(command.Groups[3].Value, CultureInfo.InvariantCulture);
            Assert.Equal(length, int.Parse(command.Groups[4].Value, CultureInfo.InvariantCulture));
            for (var i = 0; i < length; i++)
            {
                Assert.False(painted[x + i, y], $"({x + i}, {y}) is painted twice.");
                painted[x + i, y] = true;
            }

            runs++;
        }

        var expectedRuns = 0;
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var inside = x >= quietZone && y >= quietZone && x < quietZone + code.Size && y < quietZone + code.Size;
                var dark = inside && code[x - quietZone, y - quietZone];
                Assert.Equal(dark, painted[x, y]);
                if (dark && (x == quietZone || !code[x - quietZone - 1, y - quietZone]))
                {
                    expectedRuns++;
                }
            }
        }

        // Runs of dark modules are merged: one sub-path per maximal run in a row.
        Assert.Equal(expectedRuns, runs);
    }

    [Fact]
    public void ToSvg_WithoutName_IsNamedQrKod()
    {
        var root = XElement.Parse(QrCode.Encode("K7MQ2XR9TD").ToSvg());

        Assert.Equal("QR-kod", (string?)root.Attribute("aria-label"));
        Assert.Throws<ArgumentOutOfRangeException>(() => QrCode.Encode("x").ToSvg(-1));
    }

    private static bool[] Modules(QrCode code) =>
        [.. Enumerable.Range(0, code.Size * code.Size).Select(i => code[i % code.Size, i / code.Size])];

    private static string RandomText(Random random, int length, string alphabet)
    {
        // Text elements, so that an emoji's surrogate pair is never split.
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(alphabet);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(elements[random.Next(elements.Count)]);
        }

        return text.ToString();
    }
}
