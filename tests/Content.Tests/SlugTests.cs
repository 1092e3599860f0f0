using Halsoportal.Content.Slugs;

namespace Halsoportal.Content.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Örnsköldsvik", "ornskoldsvik")]
    [InlineData("Jönköping", "jonkoping")]
    [InlineData("Upplands Väsby", "upplands-vasby")]
    [InlineData("Upplands-Bro", "upplands-bro")]
    [InlineData("Malung-Sälen", "malung-salen")]
    [InlineData("Ånge", "ange")]
    [InlineData("Sov bättre – enkla råd för dina nätter", "sov-battre-enkla-rad-for-dina-natter")]
    [InlineData("  Hälsa, sömn & mat!  ", "halsa-somn-mat")]
    [InlineData("Café Ålesund", "cafe-alesund")]
    [InlineData("Vaccination för 65+", "vaccination-for-65")]
    [InlineData("a--b", "a-b")]
    public void From_SwedishNames_FoldsAndHyphenates(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    /// <summary>The hostile-input run found that a topic named with an emoji crashed the slug (each UTF-16 half was normalised alone).</summary>
    [Theory]
    [InlineData("Sömn 😴 och vila", "somn-och-vila")]
    [InlineData("👩‍👩‍👧‍👦 Familj", "familj")]
    [InlineData("𝕳𝖆̈𝖑𝖘𝖆 Hälsa", "halsa")]
    [InlineData("Trasig \ud800 halva", "trasig-halva")]
    [InlineData("\udfff", "")]
    public void From_CharactersOutsideTheBmpAndLoneSurrogates_DroppedWithoutThrowing(string text, string expected) =>
        Assert.Equal(expected, Slug.From(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("– … !")]
    public void From_NothingUsable_ReturnsEmpty(string text) => Assert.Equal("", Slug.From(text));

    [Theory]
    [InlineData("Håbo", "haabo")]
    [InlineData("Älvdalen", "aelvdalen")]
    [InlineData("Öckerö", "oeckeroe")]
    public void FromTransliterated_NordicLetters_ExpandToTwoLetters(string text, string expected) =>
        Assert.Equal(expected, Slug.FromTransliterated(text));

    [Fact]
    public void Unique_Duplicates_GetNumberSuffix()
    {
        var taken = new HashSet<string>();
        var first = Slug.Unique("Träffpunkter för äldre", taken.Contains);
        taken.Add(first);
        var second = Slug.Unique("Träffpunkter för äldre", taken.Contains);
        taken.Add(second);
        var third = Slug.Unique("Träffpunkter för äldre!", taken.Contains);

        Assert.Equal("traffpunkter-for-aldre", first);
        Assert.Equal("traffpunkter-for-aldre-2", second);
        Assert.Equal("traffpunkter-for-aldre-3", third);
    }

    [Theory]
    [InlineData("Kontakt", "kontakt-2")]
    [InlineData("Dialog", "dialog-2")]
    [InlineData("Sök", "sok-2")]
    [InlineData("Ämne", "amne-2")]
    public void Unique_ReservedPathSegment_IsNeverUsed(string title, string expected) =>
        Assert.Equal(expected, Slug.Unique(title, _ => false));

    [Fact]
    public void Unique_EmptyTitle_FallsBackToWord() => Assert.Equal("sida", Slug.Unique("…", _ => false));
}
