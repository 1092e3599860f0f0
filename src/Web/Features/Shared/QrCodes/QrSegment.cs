using System.Text;

namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>The data modes this encoder writes, with their 4-bit mode indicators.</summary>
internal enum QrMode
{
    Numeric = 0b0001,
    Alphanumeric = 0b0010,
    Byte = 0b0100,
}

/// <summary>
/// The whole text as one segment in the most compact mode that can hold all of it: numeric for
/// digits only, alphanumeric for upper-case letters, digits and " $%*+-./:", otherwise the UTF-8
/// bytes. Mixing modes within one text would save a few modules on long mixed texts; the codes we
/// print are short URLs, where one mode is as good.
/// </summary>
internal sealed class QrSegment
{
    /// <summary>The alphanumeric character set in code order: '0' is 0, 'A' is 10, ':' is 44.</summary>
    public const string AlphanumericCharset = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private QrSegment(QrMode mode, int characterCount, QrBitBuffer payload)
    {
        Mode = mode;
        CharacterCount = characterCount;
        Payload = payload;
    }

    public QrMode Mode { get; }

    /// <summary>Characters for numeric and alphanumeric mode, bytes for byte mode.</summary>
    public int CharacterCount { get; }

    /// <summary>The encoded characters, without mode indicator and count.</summary>
    public QrBitBuffer Payload { get; }

    public static QrSegment For(string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return Numeric(text);
        }

        if (text.Length > 0 && text.All(c => AlphanumericCharset.Contains(c, StringComparison.Ordinal)))
        {
            return Alphanumeric(text);
        }

        return Bytes(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// Bits the segment takes in a symbol of <paramref name="version"/> (header included), or null
    /// when its count does not fit that version's character count indicator.
    /// </summary>
    public int? BitLength(int version)
    {
        var countBits = QrTables.CharacterCountBits(Mode, version);
        return CharacterCount >= 1 << countBits ? null : 4 + countBits + Payload.Length;
    }

    /// <summary>Mode indicator, character count and payload, as written into the symbol.</summary>
    public void WriteTo(QrBitBuffer buffer, int version)
    {
        buffer.Append((int)Mode, 4);
        buffer.Append(CharacterCount, QrTables.CharacterCountBits(Mode, version));
        buffer.Append(Payload);
    }

    private static QrSegment Numeric(string digits)
    {
        // Three digits fit in 10 bits (up to 999), a trailing two in 7 and a trailing one in 4.
        var payload = new QrBitBuffer();
        for (var start = 0; start < digits.Length; start += 3)
        {
            var group = digits.AsSpan(start, Math.Min(3, digits.Length - start));
            var value = 0;
            foreach (var digit in group)
            {
                value = (value * 10) + (digit - '0');
            }

            payload.Append(value, (group.Length * 3) + 1);
        }

        return new QrSegment(QrMode.Numeric, digits.Length, payload);
    }

    private static QrSegment Alphanumeric(string text)
    {
        // Pairs as 45·first + second in 11 bits; an odd last character alone in 6.
        var payload = new QrBitBuffer();
        var i = 0;
        for (; i + 1 < text.Length; i += 2)
        {
            payload.Append((AlphanumericCharset.IndexOf(text[i], StringComparison.Ordinal) * 45)
                + AlphanumericCharset.IndexOf(text[i + 1], StringComparison.Ordinal), 11);
        }

        if (i < text.Length)
        {
            payload.Append(AlphanumericCharset.IndexOf(text[i], StringComparison.Ordinal), 6);
        }

        return new QrSegment(QrMode.Alphanumeric, text.Length, payload);
    }

    private static QrSegment Bytes(byte[] bytes)
    {
        // No ECI header: readers take byte mode as UTF-8 when it decodes as such, and some older
        // readers stumble over ECI. The texts we encode are URLs, which are ASCII anyway.
        var payload = new QrBitBuffer();
        foreach (var b in bytes)
        {
            payload.Append(b, 8);
        }

        return new QrSegment(QrMode.Byte, bytes.Length, payload);
    }
}
