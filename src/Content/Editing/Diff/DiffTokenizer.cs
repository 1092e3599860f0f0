using System.Globalization;

namespace Halsoportal.Content.Editing.Diff;

/// <summary>Cuts text into tokens that join back to exactly the same text.</summary>
internal static class DiffTokenizer
{
    /// <summary>Lines, each with its line break ("\n" or "\r\n") if it has one.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>
    /// Words (letters, digits and combining marks), runs of whitespace, and every other character
    /// on its own. Steps by grapheme cluster, so an emoji or a letter with a combining accent is
    /// never cut in two and a segment is always valid text.
    /// </summary>
    public static List<string> Words(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var kind = KindAt(text, i);
            i += StringInfo.GetNextTextElementLength(text.AsSpan(i));
            if (kind != TokenKind.Other)
            {
                while (i < text.Length && KindAt(text, i) == kind)
                {
                    i += StringInfo.GetNextTextElementLength(text.AsSpan(i));
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static TokenKind KindAt(string text, int index)
    {
        if (char.IsWhiteSpace(text, index))
        {
            return TokenKind.Whitespace;
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => TokenKind.Word,
            _ => TokenKind.Other,
        };
    }

    private enum TokenKind
    {
        Whitespace,
        Word,
        Other,
    }
}
