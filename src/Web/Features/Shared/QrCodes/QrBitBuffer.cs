namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>A growing string of bits, most significant bit of each value first, as QR data is written.</summary>
internal sealed class QrBitBuffer
{
    private readonly List<bool> _bits = [];

    public int Length => _bits.Count;

    public bool this[int index] => _bits[index];

    /// <summary>Appends the low <paramref name="count"/> bits of <paramref name="value"/>, high bit first.</summary>
    public void Append(int value, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 31);
        if (value >>> count != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Does not fit in {count} bits.");
        }

        for (var i = count - 1; i >= 0; i--)
        {
            _bits.Add(((value >>> i) & 1) != 0);
        }
    }

    public void Append(QrBitBuffer other) => _bits.AddRange(other._bits);

    /// <summary>The bits as bytes; the length must be a whole number of bytes.</summary>
    public byte[] ToBytes()
    {
        if (_bits.Count % 8 != 0)
        {
            throw new InvalidOperationException($"{_bits.Count} bits is not a whole number of bytes.");
        }

        var bytes = new byte[_bits.Count / 8];
        for (var i = 0; i < _bits.Count; i++)
        {
            if (_bits[i])
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return bytes;
    }
}
