namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>How many typing slips separate two names.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The Damerau–Levenshtein distance in its optimal-string-alignment form: the fewest
    /// insertions, deletions, substitutions and swaps of two adjacent letters that turn
    /// <paramref name="source"/> into <paramref name="target"/>, where no stretch of text is
    /// edited twice ("sundvsall" → "sundsvall" is one swap). Stops counting past
    /// <paramref name="max"/> and then returns <paramref name="max"/> + 1.
    /// </summary>
    public static int Damerau(string source, string target, int max)
    {
        if (Math.Abs(source.Length - target.Length) > max)
        {
            return max + 1;
        }

        // Three rows of the dynamic-programming table: two back (for swaps), one back, this one.
        var twoBack = new int[target.Length + 1];
        var oneBack = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        for (var j = 0; j <= target.Length; j++)
        {
            oneBack[j] = j;
        }

        for (var i = 1; i <= source.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= target.Length; j++)
            {
                var substitution = source[i - 1] == target[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(oneBack[j] + 1, current[j - 1] + 1), oneBack[j - 1] + substitution);
                if (i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1])
                {
                    distance = Math.Min(distance, twoBack[j - 2] + 1);
                }

                current[j] = distance;
                rowMinimum = Math.Min(rowMinimum, distance);
            }

            // Every later row is at least this row's minimum: no need to go on.
            if (rowMinimum > max)
            {
                return max + 1;
            }

            (twoBack, oneBack, current) = (oneBack, current, twoBack);
        }

        return Math.Min(oneBack[target.Length], max + 1);
    }
}
