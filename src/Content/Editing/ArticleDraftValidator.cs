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

        TextVariantRules.EasyRead(errors, draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody, ingressRequired: true);
        TextVariantRules.Translations(errors, draft.Translations, "Artikeln", ingressRequired: true);

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

    private static void Required(List<FieldError> errors, string field, string? value, int max, string missing, string tooLong) =>
        TextVariantRules.Required(errors, field, value, max, missing, tooLong);
}
