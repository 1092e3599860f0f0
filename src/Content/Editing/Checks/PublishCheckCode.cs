namespace Halsoportal.Content.Editing.Checks;

/// <summary>What a publish check found. The UI may use the code for help links; the message is for the editor.</summary>
public enum PublishCheckCode
{
    /// <summary>A Markdown image has no alt text.</summary>
    ImageMissingAltText = 1,

    /// <summary>The main image has no alt text and is not marked decorative.</summary>
    MainImageMissingAltText = 2,

    /// <summary>A heading in the body uses level 1, which belongs to the page title.</summary>
    HeadingLevelOne = 3,

    /// <summary>A heading jumps more than one level down from the one before it.</summary>
    SkippedHeadingLevel = 4,

    /// <summary>A link text that does not say where the link goes ("läs mer", a bare URL).</summary>
    VagueLinkText = 5,

    /// <summary>A link with no text at all.</summary>
    EmptyLinkText = 6,

    /// <summary>The lättläst variant reads harder than a lättläst text should.</summary>
    EasyReadTooHard = 7,

    /// <summary>Lists or quotes are nested deeper than the Markdown parser accepts, so the text cannot be shown.</summary>
    TooDeeplyNested = 8,

    /// <summary>A sentence has more words than a reader takes in at once (klarspråk).</summary>
    LongSentence = 9,

    /// <summary>A very long word (klarspråk).</summary>
    LongWord = 10,

    /// <summary>A word or abbreviation from the klarspråk list, with its plain alternative.</summary>
    Jargon = 11,

    /// <summary>A link to a PDF: hard to read on a phone and often inaccessible.</summary>
    PdfLink = 12,

    /// <summary>A kommun's key page (nyckelsida) without a lättläst text.</summary>
    KeyPageWithoutEasyRead = 13,
}
