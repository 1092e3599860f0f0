using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;

namespace Halsoportal.Content.Editing;

/// <summary>
/// Checks a draft against the rules that hold for every save (publishing adds its own checks).
/// Every message is Swedish and names the field it belongs to.
/// </summary>
internal static class ArticleDraftValidator
{
    public static List<FieldError> Validate(ArticleDraft draft, ItemOwner owner, EditorAccess access, IReadOnlySet<string> knownTermKeys, IReadOnlyDictionary<string, string> kommunNames)
    {
        var errors = new List<FieldError>();
        Required(errors, nameof(ArticleDraft.Title), draft.Title, 200, "Skriv en rubrik.", "Rubriken får vara högst 200 tecken.");
        Required(errors, nameof(ArticleDraft.Ingress), draft.Ingress, 1000, "Skriv en ingress – ett stycke som sammanfattar texten.", "Ingressen får vara högst 1 000 tecken.");
        Required(errors, nameof(ArticleDraft.Body), draft.Body, 100_000, "Skriv brödtexten.", "Brödtexten får vara högst 100 000 tecken.");
        Required(errors, nameof(ArticleDraft.ResponsibleUnit), draft.ResponsibleUnit, 200, "Skriv vilken enhet som ansvarar för texten.", "Ansvarig enhet får vara högst 200 tecken.");

        var easyParts = new[] { draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody };
        if (easyParts.Any(p => !string.IsNullOrWhiteSpace(p)))
        {
            Required(errors, nameof(ArticleDraft.EasyReadTitle), draft.EasyReadTitle, 200, "Skriv en rubrik för den lättlästa texten, eller töm alla lättläst-fält.", "Rubriken får vara högst 200 tecken.");
            Required(errors, nameof(ArticleDraft.EasyReadIngress), draft.EasyReadIngress, 1000, "Skriv en ingress för den lättlästa texten, eller töm alla lättläst-fält.", "Ingressen får vara högst 1 000 tecken.");
            Required(errors, nameof(ArticleDraft.EasyReadBody), draft.EasyReadBody, 100_000, "Skriv brödtext för den lättlästa texten, eller töm alla lättläst-fält.", "Brödtexten får vara högst 100 000 tecken.");
        }

        ValidateTranslations(errors, draft.Translations);

        if (draft.LastReviewed == default)
        {
            errors.Add(new(nameof(ArticleDraft.LastReviewed), "Skriv när texten senast granskades, till exempel 2026-11-23."));
        }

        if (draft.NextReview == default)
        {
            errors.Add(new(nameof(ArticleDraft.NextReview), "Skriv när texten ska granskas nästa gång, till exempel 2027-11-23."));
        }
        else if (draft.LastReviewed != default && draft.NextReview <= draft.LastReviewed)
        {
            errors.Add(new(nameof(ArticleDraft.NextReview), "Nästa granskning måste komma efter senaste granskning."));
        }

        ValidateScope(errors, draft, owner, access, kommunNames);

        var unknown = draft.Terms.Where(t => !knownTermKeys.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new(nameof(ArticleDraft.Terms), "Välj bland ämnena och livssituationerna i listan."));
        }
        else
        {
            if (!draft.Terms.Any(t => t.StartsWith("topic:", StringComparison.Ordinal)))
            {
                errors.Add(new("Topics", "Välj minst ett ämne."));
            }

            if (!draft.Terms.Any(t => t.StartsWith("lifesituation:", StringComparison.Ordinal)))
            {
                errors.Add(new("LifeSituations", "Välj minst en livssituation."));
            }
        }

        return errors;
    }

    /// <summary>Field name of a translation's property, as the form posts it: <c>Translations[0].Title</c>.</summary>
    public static string TranslationField(int index, string property) =>
        $"{nameof(ArticleDraft.Translations)}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{property}";

    private static void ValidateTranslations(List<FieldError> errors, IReadOnlyList<ArticleTranslationDraft> translations)
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
                errors.Add(new(TranslationField(i, nameof(ArticleTranslationDraft.Language)), $"Artikeln har redan en översättning till {name}. Skriv i den i stället."));
                continue;
            }

            Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Title)), translation.Title, 200, $"Skriv rubriken på {name}.", "Rubriken får vara högst 200 tecken.");
            Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Ingress)), translation.Ingress, 1000, $"Skriv ingressen på {name}.", "Ingressen får vara högst 1 000 tecken.");
            Required(errors, TranslationField(i, nameof(ArticleTranslationDraft.Body)), translation.Body, 100_000, $"Skriv brödtexten på {name}.", "Brödtexten får vara högst 100 000 tecken.");
        }
    }

    private static void ValidateScope(List<FieldError> errors, ArticleDraft draft, ItemOwner owner, EditorAccess access, IReadOnlyDictionary<string, string> kommunNames)
    {
        switch (owner)
        {
            case { KommunCode: { } ownerKommun }:
                // A local article is shown in its owner kommun and, optionally, in other kommuner
                // the same user may edit. A posted code the user has no rights in is refused.
                if (draft.Scope != ArticleScope.Kommuner || !draft.KommunCodes.Contains(ownerKommun))
                {
                    errors.Add(new(nameof(ArticleDraft.KommunCodes), $"Artikeln måste gälla {kommunNames.GetValueOrDefault(ownerKommun, ownerKommun)}."));
                }

                foreach (var code in draft.KommunCodes.Where(c => c != ownerKommun && !access.CanEditKommun(c)))
                {
                    errors.Add(new(nameof(ArticleDraft.KommunCodes), $"Du kan inte lägga till {kommunNames.GetValueOrDefault(code, "den kommunen")}: du har ingen behörighet där."));
                }

                break;
            case { RegionCode: { } ownerRegion }:
                if (draft.Scope != ArticleScope.Region || draft.RegionCode != ownerRegion)
                {
                    errors.Add(new(nameof(ArticleDraft.KommunCodes), "En regional artikel gäller hela regionen."));
                }

                break;
            default:
                if (draft.Scope != ArticleScope.National)
                {
                    errors.Add(new(nameof(ArticleDraft.KommunCodes), "En nationell artikel gäller hela landet."));
                }

                break;
        }
    }

    private static void Required(List<FieldError> errors, string field, string? value, int max, string missing, string tooLong)
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
}
