namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// The four penalty rules of ISO/IEC 18004 (7.8.3) that score how hard a masked symbol is to read;
/// the encoder keeps the mask with the lowest total. Modules are row by row, <c>true</c> = dark.
/// </summary>
internal static class QrPenalty
{
    private const int RunWeight = 3;
    private const int BlockWeight = 3;
    private const int FinderLikeWeight = 40;
    private const int BalanceWeight = 10;

    public static int Total(bool[] modules, int size) =>
        Runs(modules, size) + Blocks(modules, size) + FinderLike(modules, size) + Balance(modules, size);

    /// <summary>Rule 1: each run of five or more same-coloured modules in a row or column scores 3, plus 1 per module beyond five.</summary>
    public static int Runs(bool[] modules, int size)
    {
        var penalty = 0;
        for (var line = 0; line < size; line++)
        {
            penalty += RunsIn(modules, line * size, 1, size);
            penalty += RunsIn(modules, line, size, size);
        }

        return penalty;
    }

    /// <summary>Rule 2: each 2×2 block of one colour scores 3; blocks may overlap.</summary>
    public static int Blocks(bool[] modules, int size)
    {
        var penalty = 0;
        for (var y = 0; y + 1 < size; y++)
        {
            for (var x = 0; x + 1 < size; x++)
            {
                var colour = modules[(y * size) + x];
                if (modules[(y * size) + x + 1] == colour
                    && modules[((y + 1) * size) + x] == colour
                    && modules[((y + 1) * size) + x + 1] == colour)
                {
                    penalty += BlockWeight;
                }
            }
        }

        return penalty;
    }

    /// <summary>
    /// Rule 3: each dark-light-dark-dark-dark-light-dark (1:1:3:1:1) sequence with four light
    /// modules on one side, in a row or column, scores 40: readers could take it for a finder
    /// pattern. Beyond the edge counts as light, since the quiet zone is.
    /// </summary>
    public static int FinderLike(bool[] modules, int size)
    {
        var penalty = 0;
        for (var line = 0; line < size; line++)
        {
            penalty += FinderLikeIn(modules, line * size, 1, size);
            penalty += FinderLikeIn(modules, line, size, size);
        }

        return penalty;
    }

    /// <summary>
    /// Rule 4: 10 points for every full 5 % that the share of dark modules lies away from 50 %
    /// (45–55 % scores nothing, 40–45 % or 55–60 % scores 10, …).
    /// </summary>
    public static int Balance(bool[] modules, int size)
    {
        var total = size * size;
        var dark = modules.Count(isDark => isDark);

        // |dark/total − 1/2| in whole steps of 1/20, without floating point.
        var steps = Math.Abs((dark * 20) - (total * 10)) / total;
        return steps * BalanceWeight;
    }

    /// <summary>One row (stride 1) or column (stride size) starting at <paramref name="first"/>.</summary>
    private static int RunsIn(bool[] modules, int first, int stride, int size)
    {
        bool Module(int i) => modules[first + (i * stride)];

        var penalty = 0;
        var runLength = 1;
        for (var i = 1; i <= size; i++)
        {
            if (i < size && Module(i) == Module(i - 1))
            {
                runLength++;
                continue;
            }

            if (runLength >= 5)
            {
                penalty += RunWeight + (runLength - 5);
            }

            runLength = 1;
        }

        return penalty;
    }

    private static int FinderLikeIn(bool[] modules, int first, int stride, int size)
    {
        bool At(int i) => i >= 0 && i < size && modules[first + (i * stride)];

        var penalty = 0;

        // The core 1011101 starts at `start`; the four light modules are before it or after it.
        for (var start = 0; start + 7 <= size; start++)
        {
            var core = At(start) && !At(start + 1) && At(start + 2) && At(start + 3) && At(start + 4)
                && !At(start + 5) && At(start + 6);
            if (!core)
            {
                continue;
            }

            if (!At(start - 1) && !At(start - 2) && !At(start - 3) && !At(start - 4))
            {
                penalty += FinderLikeWeight;
            }

            if (!At(start + 7) && !At(start + 8) && !At(start + 9) && !At(start + 10))
            {
                penalty += FinderLikeWeight;
            }
        }

        return penalty;
    }
}
