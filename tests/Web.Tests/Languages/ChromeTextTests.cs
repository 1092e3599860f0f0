using System.Collections;
using System.Globalization;
using System.Resources;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Tests.Languages;

/// <summary>The interface text in every language it has: the same keys, none left empty, the placeholders alike.</summary>
public sealed class ChromeTextTests
{
    private static readonly ResourceManager Resources = new("Halsoportal.Web.Features.Shared.Resources.ChromeText", typeof(ChromeText).Assembly);

    private static Dictionary<string, string> Texts(string culture) =>
        Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [Fact]
    public void EveryLanguage_HasEveryKey_WithTheSamePlaceholders()
    {
        var swedish = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        Assert.Contains("DialogErrorPrefix", swedish.Keys);

        foreach (var language in ChromeText.Languages.Where(l => l != "sv"))
        {
            var texts = Texts(language);
            Assert.Equal(swedish.Keys.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in texts)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: {key} is empty");
                Assert.Equal(Placeholders(swedish[key]), Placeholders(text));
            }
        }
    }

    [Fact]
    public void Format_FillsThePlaceholders_InTheLanguage()
    {
        Assert.Equal("Fråga 2 av 7", ChromeText.Swedish.Format("DialogProgress", 2, 7));
        Assert.Equal("Question 2 of 7", ChromeText.For("en").Format("DialogProgress", 2, 7));
        Assert.Equal("Fråga 2 av 7", ChromeText.For("fi").Format("DialogProgress", 2, 7));
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal);
}
