namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// Reed–Solomon error correction over GF(256) as QR codes use it: the field is built on the
/// primitive polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) with α = 2, and the generator polynomial of
/// degree n has the roots α⁰ … αⁿ⁻¹.
/// </summary>
internal static class ReedSolomon
{
    private const int FieldPolynomial = 0x11D;

    // Exp holds α^i twice over so that Exp[log a + log b] needs no modulo.
    private static readonly byte[] Exp = BuildExp();
    private static readonly byte[] Log = BuildLog();

    // QR codes use between 7 and 30 error correction codewords per block; build each generator once.
    private static readonly byte[][] Generators = [.. Enumerable.Range(0, 31).Select(BuildGenerator)];

    /// <summary>The product of two field elements.</summary>
    public static byte Multiply(byte a, byte b) =>
        a == 0 || b == 0 ? (byte)0 : Exp[Log[a] + Log[b]];

    /// <summary>α raised to <paramref name="power"/> (0 ≤ power &lt; 255).</summary>
    public static byte Power(int power) => Exp[power];

    /// <summary>
    /// The error correction codewords for one block: the remainder of data(x)·xⁿ divided by the
    /// generator polynomial of degree n, highest coefficient first.
    /// </summary>
    public static byte[] Remainder(ReadOnlySpan<byte> data, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, Generators.Length - 1);
        var generator = Generators[degree];
        var remainder = new byte[degree];
        foreach (var codeword in data)
        {
            // Long division one term at a time: the leading coefficient leaves, and the generator
            // scaled by what it would have been is subtracted (added, in GF(2⁸)) from the rest.
            var factor = (byte)(codeword ^ remainder[0]);
            Array.Copy(remainder, 1, remainder, 0, degree - 1);
            remainder[degree - 1] = 0;
            for (var i = 0; i < degree; i++)
            {
                remainder[i] ^= Multiply(generator[i + 1], factor);
            }
        }

        return remainder;
    }

    private static byte[] BuildExp()
    {
        var exp = new byte[512];
        var value = 1;
        for (var i = 0; i < 255; i++)
        {
            exp[i] = (byte)value;
            exp[i + 255] = (byte)value;
            value <<= 1;
            if (value > 0xFF)
            {
                value ^= FieldPolynomial;
            }
        }

        return exp;
    }

    private static byte[] BuildLog()
    {
        var log = new byte[256];
        for (var i = 0; i < 255; i++)
        {
            log[Exp[i]] = (byte)i;
        }

        return log;
    }

    /// <summary>(x − α⁰)(x − α¹)…(x − αⁿ⁻¹), monic, highest coefficient first.</summary>
    private static byte[] BuildGenerator(int degree)
    {
        var polynomial = new byte[degree + 1];
        polynomial[0] = 1;
        for (var root = 0; root < degree; root++)
        {
            // Multiply the polynomial of degree `root` by (x + α^root), working from the low end
            // so each coefficient is read before it is overwritten.
            for (var i = root + 1; i >= 1; i--)
            {
                polynomial[i] ^= Multiply(polynomial[i - 1], Exp[root]);
            }
        }

        return polynomial;
    }
}
