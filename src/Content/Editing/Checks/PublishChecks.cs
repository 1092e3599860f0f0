using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>
/// The checks an article must pass before it is published: alt text on images, heading levels
/// that do not skip, and link texts that say where they lead. Klarspråk (long sentences and
/// words, office words, links to PDFs) gives warnings that an editor may override with a written
/// reason. LIX is shown as advice only.
/// </summary>
/// <remarks>
/// Titles and ingresses are plain text on the site (no Markdown is rendered there), so only the
/// bodies are checked for images, headings and links; all of the text counts towards LIX. Bodies
/// are parsed with the renderer's Markdig options, so raw HTML is text and bare URLs are links.
/// A body nested deeper than Markdig accepts cannot be rendered at all and blocks publishing too.
/// </remarks>
public static class PublishChecks
{
    /// <summary>Above this a lättläst text gets advice; lättlästa texter brukar ligga under 30.</summary>
    public const int EasyReadLixLimit = 30;

    private const int MaxQuotedLength = 80;

    private const string LinkTextExample = "Skriv vad man hittar där, till exempel \"Läs om fysisk aktivitet på recept\".";

    // Compared after lower-casing and dropping punctuation and symbols, so "Läs mer »" and
    // "Klicka här!" match too.
    private static readonly HashSet<string> VagueLinkTexts = new(StringComparer.Ordinal)
    {
        "klicka här", "klicka", "här", "läs mer", "mer", "mer info", "mer information", "länk",
        "denna länk", "den här länken", "se här", "gå hit", "läs här",
    };

    /// <summary>
    /// Runs every check on <paramref name="draft"/>. <paramref name="image"/> describes the chosen
    /// main image (<see cref="ArticleDraft.ImageMediaId"/>); pass null when there is none.
    /// </summary>
    public static PublishCheckReport Run(ArticleDraft draft, ImageInfo? image)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var findings = new List<PublishCheckFinding>();

        if (image is { HasAltText: false, IsDecorative: false })
        {
            findings.Add(Blocking(
                PublishCheckCode.MainImageMissingAltText,
                nameof(ArticleDraft.ImageMediaId),
                "Huvudbilden saknar alternativtext. Skriv vad bilden visar, eller markera bilden som dekorativ om den bara är utsmyckning.",
                line: null));
        }

        new BodyChecker(nameof(ArticleDraft.Body), draft.Title, findings).Check(draft.Body);
        PlainLanguage.Check(draft.Title, draft.Ingress, draft.Body, easyRead: false, nameof(ArticleDraft.Body), findings);
        var standardLix = Readability.Measure(draft.Title, draft.Ingress, draft.Body);

        LixResult? easyReadLix = null;
        // Checked as soon as any part is written, so a half-filled variant is not skipped.
        if (!string.IsNullOrWhiteSpace(draft.EasyReadTitle)
            || !string.IsNullOrWhiteSpace(draft.EasyReadIngress)
            || !string.IsNullOrWhiteSpace(draft.EasyReadBody))
        {
            new BodyChecker(nameof(ArticleDraft.EasyReadBody), draft.EasyReadTitle ?? "", findings).Check(draft.EasyReadBody);
            PlainLanguage.Check(draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody, easyRead: true, nameof(ArticleDraft.EasyReadBody), findings);
            easyReadLix = Readability.Measure(draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody);
            if (easyReadLix is { Score: > EasyReadLixLimit })
            {
                findings.Add(new PublishCheckFinding(
                    PublishCheckCode.EasyReadTooHard,
                    PublishCheckSeverity.Advice,
                    nameof(ArticleDraft.EasyReadBody),
                    $"Den lättlästa texten har LIX {easyReadLix.Score} ({easyReadLix.Band.ToLower(SwedishText.Culture)}). Lättlästa texter brukar ha LIX under 30."));
            }
        }

        // Translations get the structure checks (alt text, heading levels, links); klarspråk and LIX
        // are measures of Swedish and say nothing about Finnish or Yiddish.
        for (var i = 0; i < draft.Translations.Count; i++)
        {
            var translation = draft.Translations[i];
            new BodyChecker($"Translations_{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}__Body", translation.Title, findings).Check(translation.Body);
        }

        return new PublishCheckReport(findings, standardLix, easyReadLix);
    }

    /// <summary>True when <paramref name="linkText"/> is on the list of texts that do not say where a link leads.</summary>
    internal static bool IsVagueLinkText(string linkText) => VagueLinkTexts.Contains(NormalizeLinkText(linkText));

    /// <summary>Lower case, letters and digits only, single spaces between words.</summary>
    internal static string NormalizeLinkText(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLower(SwedishText.Culture))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && normalized.Length > 0)
                {
                    normalized.Append(' ');
                }

                normalized.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return normalized.ToString();
    }

    /// <summary>True when the text is a web address and nothing else.</summary>
    internal static bool IsUrlText(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.ContainsAny([' ', '\t', '\n', '\r']))
        {
            return false;
        }

        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static PublishCheckFinding Blocking(PublishCheckCode code, string field, string message, int? line) =>
        new(code, PublishCheckSeverity.Blocking, field, message, line);

    private static string Quote(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxQuotedLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxQuotedLength - 1), "…");
    }

    /// <summary>Walks one Markdown body in document order.</summary>
    private sealed class BodyChecker(string field, string pageTitle, List<PublishCheckFinding> findings)
    {
        // The page title is the h1, so the first heading in the body follows level 1.
        private int _previousLevel = 1;
        private string? _previousHeading;

        public void Check(string? markdown)
        {
            if (string.IsNullOrWhiteSpace(markdown))
            {
                return;
            }

            if (EditorMarkdown.TryParse(markdown) is { } document)
            {
                VisitBlocks(document);
            }
            else
            {
                findings.Add(Blocking(
                    PublishCheckCode.TooDeeplyNested,
                    field,
                    "Texten har för många nivåer inuti varandra (listor eller citat) för att kunna visas. Minska antalet nivåer.",
                    line: null));
            }
        }

        private void VisitBlocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        CheckHeading(heading);
                        VisitInlines(heading.Inline);
                        break;
                    case LeafBlock leaf:
                        VisitInlines(leaf.Inline);
                        break;
                    case ContainerBlock child:
                        VisitBlocks(child);
                        break;
                    default:
                        break;
                }
            }
        }

        private void CheckHeading(HeadingBlock heading)
        {
            var text = heading.Inline is null ? "" : EditorMarkdown.AccessibleText(heading.Inline).Trim();
            var name = text.Length == 0 ? "(tom rubrik)" : Quote(text);
            var line = heading.Line + 1;

            if (heading.Level == 1)
            {
                findings.Add(Blocking(
                    PublishCheckCode.HeadingLevelOne,
                    field,
                    $"Använd inte rubriknivå 1 i brödtexten – sidans titel är redan nivå 1. Gör \"{name}\" till nivå 2 (##).",
                    line));
            }
            else if (heading.Level > _previousLevel + 1)
            {
                var expected = _previousLevel + 1;
                var after = _previousHeading is null
                    ? $"direkt efter sidans titel \"{Quote(pageTitle)}\" (nivå 1)"
                    : $"efter \"{_previousHeading}\" som har nivå {_previousLevel}";
                findings.Add(Blocking(
                    PublishCheckCode.SkippedHeadingLevel,
                    field,
                    $"Rubriken \"{name}\" har nivå {heading.Level} men kommer {after}. Använd nivå {expected} ({new string('#', expected)}) så att ingen nivå hoppas över.",
                    line));
            }

            _previousLevel = heading.Level;
            _previousHeading = name;
        }

        private void VisitInlines(ContainerInline? container)
        {
            if (container is null)
            {
                return;
            }

            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LinkInline { IsImage: true } image:
                        CheckImage(image);
                        break;
                    case LinkInline link:
                        CheckLink(link);
                        // An image inside a link still needs its own alt text.
                        VisitInlines(link);
                        break;
                    case AutolinkInline autolink:
                        CheckAutolink(autolink);
                        break;
                    case ContainerInline child:
                        VisitInlines(child);
                        break;
                    default:
                        break;
                }
            }
        }

        private void CheckImage(LinkInline image)
        {
            if (string.IsNullOrWhiteSpace(EditorMarkdown.AccessibleText(image)))
            {
                var where = string.IsNullOrWhiteSpace(image.Url) ? "En bild" : $"Bilden {Quote(image.Url)}";
                findings.Add(Blocking(
                    PublishCheckCode.ImageMissingAltText,
                    field,
                    $"{where} saknar alternativtext. Skriv vad bilden visar mellan hakparenteserna, så här: ![Två personer promenerar i skogen](…).",
                    image.Line + 1));
            }
        }

        private void CheckLink(LinkInline link)
        {
            CheckTarget(link.Url, link.Line + 1);
            var text = EditorMarkdown.AccessibleText(link).Trim();
            if (text.Length == 0)
            {
                // An image without alt text is reported on its own; fixing it names the link.
                if (!link.Descendants<LinkInline>().Any(i => i.IsImage))
                {
                    var target = string.IsNullOrWhiteSpace(link.Url) ? "" : $" till {Quote(link.Url)}";
                    findings.Add(Blocking(
                        PublishCheckCode.EmptyLinkText,
                        field,
                        $"En länk{target} saknar länktext. {LinkTextExample}",
                        link.Line + 1));
                }
            }
            else
            {
                CheckLinkText(text, link.Line + 1);
            }
        }

        /// <summary>A PDF is hard to read on a phone and seldom accessible: the text belongs on a web page.</summary>
        private void CheckTarget(string? url, int line)
        {
            var path = (url ?? "").Split('?', '#')[0];
            if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new PublishCheckFinding(
                    PublishCheckCode.PdfLink,
                    PublishCheckSeverity.Warning,
                    field,
                    $"Länken till {Quote(url!)} leder till en PDF, som är svår att läsa i en mobil och ofta inte fungerar med skärmläsare. Skriv det viktigaste som text här, eller länka till en webbsida. Behövs PDF:en ändå, skriv ”(PDF)” i länktexten och ange varför när du publicerar.",
                    line));
            }
        }

        private void CheckAutolink(AutolinkInline autolink)
        {
            CheckTarget(autolink.IsEmail ? null : autolink.Url, autolink.Line + 1);
            if (!autolink.IsEmail)
            {
                CheckLinkText(autolink.Url, autolink.Line + 1);
            }
        }

        private void CheckLinkText(string text, int line)
        {
            if (IsUrlText(text))
            {
                findings.Add(Blocking(
                    PublishCheckCode.VagueLinkText,
                    field,
                    $"Länktexten \"{Quote(text)}\" är bara en webbadress och säger inte vart länken leder. {LinkTextExample}",
                    line));
            }
            else if (IsVagueLinkText(text))
            {
                findings.Add(Blocking(
                    PublishCheckCode.VagueLinkText,
                    field,
                    $"Länktexten \"{Quote(text)}\" säger inte vart länken leder. {LinkTextExample}",
                    line));
            }
        }
    }
}
