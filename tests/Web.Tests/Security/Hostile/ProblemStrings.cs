using System.Globalization;
using System.Text;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>One problem string: its category, the text as the app should see it, and its bytes on the wire (form-encoded).</summary>
/// <remarks>
/// <see cref="Text"/> is what a well-behaved decoder makes of the bytes (invalid UTF-8 becomes U+FFFD); <see cref="Bytes"/>
/// are exactly what a hostile client sends, lone surrogates and raw invalid bytes included.
/// </remarks>
public sealed record ProblemString(int Index, string Category, string Text, byte[] Bytes)
{
    /// <summary>The bytes percent-encoded for a query string or an application/x-www-form-urlencoded body.</summary>
    public string FormEncoded { get; } = PercentEncode(Bytes);

    /// <summary>A short printable label for failure messages.</summary>
    public string Label => $"#{Index} [{Category}] {Printable(Text)}";

    public override string ToString() => Label;

    private static string PercentEncode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string Printable(string text)
    {
        var shown = text.Length > 60 ? text[..60] + $"…({text.Length} chars)" : text;
        var builder = new StringBuilder();
        foreach (var c in shown)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u202e' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>
/// Reads <c>problem-strings.txt</c> (its header explains the encoding): about 550 strings in 38 categories that have broken
/// web applications — Unicode edge cases, invalid UTF-8, control characters, injection shapes for SQL, search syntax,
/// templates, paths, Markdown, HTML, CSV and headers, and odd numbers, dates and special values.
/// </summary>
public static class ProblemStrings
{
    public const string FileName = "Security/Hostile/problem-strings.txt";

    private static readonly Lazy<IReadOnlyList<ProblemString>> Loaded = new(() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, FileName), Encoding.UTF8)));

    public static IReadOnlyList<ProblemString> All => Loaded.Value;

    public static IReadOnlyList<ProblemString> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<ProblemString>();
        var category = "uncategorised";
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                category = line[1..];
                continue;
            }

            var bytes = Decode(line);
            result.Add(new ProblemString(result.Count, category, WellBehavedText(bytes), bytes));
        }

        return result;
    }

    /// <summary>Turns one escaped line into the bytes sent.</summary>
    public static byte[] Decode(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line == "\\E")
        {
            return [];
        }

        if (line.StartsWith("\\LONG:", StringComparison.Ordinal))
        {
            var parts = line.Split(':', 3);
            var count = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var unit = Decode(parts[2]);
            var repeated = new byte[unit.Length * count];
            for (var i = 0; i < count; i++)
            {
                unit.CopyTo(repeated, i * unit.Length);
            }

            return repeated;
        }

        var output = new List<byte>(line.Length);
        var text = new StringBuilder();
        void FlushText()
        {
            // Lone surrogates are encoded by hand (the 3-byte form UTF-8 forbids); everything else as UTF-8.
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    output.AddRange(Encoding.UTF8.GetBytes(text.ToString(i, 2)));
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    output.Add((byte)(0xE0 | (c >> 12)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                else
                {
                    output.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                }
            }

            text.Clear();
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c != '\\' || i + 1 == line.Length)
            {
                text.Append(c);
                continue;
            }

            var next = line[++i];
            switch (next)
            {
                case '\\': text.Append('\\'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case '0': text.Append('\0'); break;
                case '#' or '@': text.Append(next); break;
                case 'u':
                    text.Append((char)int.Parse(line.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    text.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(i + 1, 6), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 6;
                    break;
                case 'x':
                    FlushText();
                    output.Add(byte.Parse(line.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    text.Append('\\').Append(next);
                    break;
            }
        }

        FlushText();
        return [.. output];
    }

    /// <summary>What a decoder that replaces invalid sequences makes of <paramref name="bytes"/>.</summary>
    private static string WellBehavedText(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
