namespace Halsoportal.Content.Editing;

/// <summary>
/// The save rules for a text's variants, shared by articles and the site's own pages: a lättläst
/// text is all or nothing, and each translation names a known language once and has its words.
/// Every message is Swedish and names the field it belongs to.
/// </summary>
internal static class TextVariantRules
{
    /// <summary>
    /// The lättläst fields: when any is written, title and body are required (and the ingress
    /// when <paramref name="ingressRequired"/>), each within the standard text's limits.
    /// </summary>
    public static void EasyRead(List<FieldError> errors, string? title, string? ingress, string? body, bool ingressRequired)
    {
        if (new[] { title, ingress, body }.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        Required(errors, nameof(ArticleDraft.EasyReadTitle), title, 200, "Skriv en rubrik för den lättlästa texten, eller töm alla lättläst-fält.", "Rubriken får vara högst 200 tecken.");
        if (ingressRequired)
        {
            Required(errors, nameof(ArticleDraft.EasyReadIngress), ingress, 1000, "Skriv en ingress för den lättlästa texten, eller töm alla lättläst-fält.", "Ingressen får vara högst 1 000 tecken.");
        }
        else
        {
            Optional(errors, nameof(ArticleDraft.EasyReadIngress), ingress, 1000, "Ingressen får vara högst 1 000 tecken.");
        }

        Required(errors, nameof(ArticleDraft.EasyReadBody), body, 100_000, "Skriv brödtext för den lättlästa texten, eller töm alla lättläst-fält.", "Brödtexten får vara högst 100 000 tecken.");
    }

    /// <summary>
    /// Each translation: a translation language of <see cref="Languages.SiteLanguages"/>, at most once
    /// ("<paramref name="owner"/> har redan en översättning till …"), and its title and body.
    /// </summary>
    public static void Translations(List<FieldError> errors, IReadOnlyList<ArticleTranslationDraft> translations, string owner, bool ingressRequired)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < translations.Count; i++)
        {
            var translation = translations[i];
            var language = Languages.SiteLanguages.Find(translation.Language);
            if (language is null || language.Code == Languages.SiteLanguages.SwedishCode)
            {
                errors.Add(new(TranslationField(i, nameof(ArticleTranslationDraft.Language)), "Välj vilket språk översättningen är på."));
                continue;
            }

            var name = language.SwedishName;
            if (!seen.Add(language.Code))
            {
                errors.Add(new(TranslationField(i, nameof(ArticleTranslationDraft.Language)), $"{owner} har redan en översättning till {name}. Skriv i den i stället."));
                continue;
            }

            Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Title)), translation.Title, 200, $"Skriv rubriken på {name}.", "Rubriken får vara högst 200 tecken.");
            if (ingressRequired)
            {
                Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Ingress)), translation.Ingress, 1000, $"Skriv ingressen på {name}.", "Ingressen får vara högst 1 000 tecken.");
            }
            else
            {
                Optional(errors, TranslationField(i, nameof(ArticleTranslationDraft.Ingress)), translation.Ingress, 1000, "Ingressen får vara högst 1 000 tecken.");
            }

            Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Body)), translation.Body, 100_000, $"Skriv brödtexten på {name}.", "Brödtexten får vara högst 100 000 tecken.");
        }
    }

    /// <summary>Field name of a translation's property, as the forms post it: <c>Translations[0].Title</c>.</summary>
    public static string TranslationField(int index, string property) =>
        $"{nameof(ArticleDraft.Translations)}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{property}";

    /// <summary>A required field: written, and at most <paramref name="max"/> characters.</summary>
    public static void Required(List<FieldError> errors, string field, string? value, int max, string missing, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missing));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, tooLong));
        }
    }

    private static void Optional(List<FieldError> errors, string field, string? value, int max, string tooLong)
    {
        if (value?.Length > max)
        {
            errors.Add(new(field, tooLong));
        }
    }
}
