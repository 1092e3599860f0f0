using System.Globalization;
using System.Text.Encodings.Web;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Html;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// A dialog in the languages it has: the resident pages take the language as a last path segment, as articles do
/// (<c>/{kommun}/dialog/{slug}/fi</c>, <c>…/svara/fi</c>). Only complete translations are offered, so no link in the
/// switch leads nowhere; an address in a language the dialog lacks is a 404 that lists the ones it has.
/// </summary>
public static class DialogLanguages
{
    /// <summary>
    /// The survey in <paramref name="code"/>: the Swedish survey for null, the localized copy for a complete
    /// translation, otherwise null (no such version).
    /// </summary>
    public static Survey? Resolve(Survey survey, string? code) =>
        code is null ? survey : SiteLanguages.IsTranslation(code) ? SurveyTranslations.Localize(survey, code) : null;

    /// <summary>The language switch: Svenska first, then each complete translation in the site's order, each named in itself.</summary>
    public static IReadOnlyList<LanguageChoice> Choices(Survey survey, string basePath, string? current)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var complete = SurveyTranslations.CompleteLanguages(survey);
        var languages = SiteLanguages.Translations.Where(l => complete.Contains(l.Code, StringComparer.Ordinal));
        return
        [
            new LanguageChoice(SiteLanguages.Swedish.Endonym, basePath, SiteLanguages.SwedishCode, "ltr", current is null),
            .. languages.Select(l => new LanguageChoice(l.Endonym, $"{basePath}/{l.Code}", l.Code, l.Dir, current == l.Code)),
        ];
    }

    /// <summary>A moment in Swedish local time as the interface language writes it: "12 mars 2027 kl. 18.00", "12 March 2027, 18:00".</summary>
    public static string Moment(ChromeText text, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Language == SiteLanguages.SwedishCode)
        {
            return SwedishTime.Format(utc);
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), SwedishTime.TimeZone);
        return local.ToString("d MMMM yyyy', 'HH:mm", CultureInfo.GetCultureInfo(text.Language));
    }

    /// <summary>"/fi" for a translation, "" for Swedish: what the flow's addresses end with.</summary>
    public static string Suffix(string? code) => code is null ? "" : "/" + code;

    /// <summary>
    /// A Swedish message from the survey engine inside a page in another language: the message is marked Swedish and
    /// the survey's own text it quotes (”…”, the question in the page's language) gets the page's language back.
    /// </summary>
    public static IHtmlContent Message(string message, string? swedishLang, string language)
    {
        ArgumentNullException.ThrowIfNull(message);
        var encoder = HtmlEncoder.Default;
        if (swedishLang is null)
        {
            return new HtmlString(encoder.Encode(message));
        }

        var open = message.IndexOf('”', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('”', open + 1);
        if (close < 0)
        {
            return new HtmlString(encoder.Encode(message));
        }

        var quoted = message[(open + 1)..close];
        return new HtmlString(
            $"{encoder.Encode(message[..(open + 1)])}<span lang=\"{language}\" dir=\"{SiteLanguages.DirOf(language)}\">{encoder.Encode(quoted)}</span>{encoder.Encode(message[close..])}");
    }
}
