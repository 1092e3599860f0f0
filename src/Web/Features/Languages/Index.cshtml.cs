using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Languages;

/// <summary>
/// A kommun in one language at <c>/{kommun}/sprak/{kod}</c>: the articles translated into it, the dialogs
/// that can be answered in it, the contact points whose staff speak it and, in a förvaltningsområde, the
/// resident's rights in it. The page is in that language (<c>lang</c>, <c>dir</c>); the interface words are
/// Swedish or English, marked as such. "sprak" is a reserved slug, so no article takes the address.
/// </summary>
public sealed class IndexModel(KommunService kommuner, KommunLanguages languages) : SitePageModel
{
    public KommunLanguagePage Shown { get; private set; } = null!;

    /// <summary>The language switch: Svenska and the kommun's other language pages.</summary>
    public IReadOnlyList<Articles.LanguageChoice> Choices { get; private set; } = [];

    /// <summary>The language's name in the interface's language: "finska" in Swedish, "English" in English.</summary>
    public string LanguageName => Chrome.Language == "en" ? Shown.Language.Endonym : Shown.Language.SwedishName;

    /// <summary>The address names a language the kommun has nothing in: a 404 that lists the languages it has.</summary>
    public bool LanguageMissing { get; private set; }

    /// <summary>On <see cref="LanguageMissing"/>: the language asked for, when the site knows it.</summary>
    public SiteLanguage? AskedFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kommun, string kod, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return NotFound();
        }

        var found = await languages.PageAsync(Kommun, kod, cancellationToken);
        if (found is not { HasContent: true } page)
        {
            // A known language with nothing in it already came with the kommun's languages; only an unknown code reads them.
            (LanguageMissing, AskedFor) = (true, SiteLanguages.Find(kod));
            var offered = found?.Others ?? await languages.ForKommunAsync(Kommun, await languages.PublicDialogsAsync(Kommun, cancellationToken), cancellationToken);
            Choices = KommunLanguages.Choices(Kommun, offered, "-");
            return LanguageMissingPage();
        }

        Shown = page;
        Language = page.Language.Code;
        Choices = KommunLanguages.Choices(Kommun, page.Others, page.Language.Code);
        Title = $"{page.Language.Endonym} – {Kommun.Name}";
        Description = $"{page.Language.Endonym}: {Kommun.Name}, Hälsoportal.";
        Breadcrumbs = [new(Chrome["Start"], "/"), new(Kommun.Name, $"/{Kommun.Slug}"), new(page.Language.Endonym, null, page.Language.Code)];
        Discovery = new()
        {
            CanonicalPath = LanguagePaths.Kommun(Kommun.Slug, page.Language.Code),
            Schema = new WebPageSchema("CollectionPage") { About = Kommun },
        };
        return Page();
    }
}

/// <summary>Addresses of the kommuner's language pages.</summary>
public static class LanguagePaths
{
    /// <summary>The path segment before the language code; reserved as a slug.</summary>
    public const string Segment = "sprak";

    /// <summary>"/sundsvall/sprak/fi".</summary>
    public static string Kommun(string kommunSlug, string code) => $"/{kommunSlug}/{Segment}/{code}";
}
