using System.Text;

namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>
/// The forms of a place name that matching compares, so that what a resident types on a phone
/// still finds the place: case, spacing, hyphens and accents do not matter, and å/ä/ö may be
/// typed as a/a/o.
/// </summary>
internal static class PlaceNameKey
{
    /// <summary>
    /// Lower case; every run of spaces, hyphens and punctuation becomes one space; accents other
    /// than å, ä and ö are dropped ("Skellefteå" stays, "Malmö" stays, "Liné" → "line").
    /// </summary>
    public static string Exact(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(WithoutAccent(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The <see cref="Exact"/> key with å and ä as a and ö as o, the way a name comes out on a
    /// keyboard without them. Æ and ø, which Danish and Norwegian keyboards offer instead, fold
    /// the same way.
    /// </summary>
    public static string Fold(string exactKey) => string.Create(exactKey.Length, exactKey, static (span, key) =>
    {
        for (var i = 0; i < key.Length; i++)
        {
            span[i] = key[i] switch
            {
                'å' or 'ä' or 'æ' => 'a',
                'ö' or 'ø' => 'o',
                var other => other,
            };
        }
    });

    private static char WithoutAccent(char c)
    {
        if (c < 128 || c is 'å' or 'ä' or 'ö')
        {
            return c;
        }

        // é → e + combining acute; keep the base letter. Letters with no decomposition (æ, ø)
        // come back unchanged.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.IsLetterOrDigit(decomposed[0]) ? decomposed[0] : c;
    }
}
