using Halsoportal.Content.Editing.Checks;

namespace Halsoportal.Content.Tests.Editing;

/// <summary>Klarspråk warnings: long sentences and words, office words with plain alternatives, links to PDFs.</summary>
public sealed class PlainLanguageTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("ord", count)) + ".";

    private static IEnumerable<PublishCheckCode> Warnings(PublishCheckReport report) =>
        report.Findings.Where(f => f.Severity == PublishCheckSeverity.Warning).Select(f => f.Code);

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void Sentence_LongerThan30Words_IsAWarning(int words, bool warned)
    {
        var report = PublishChecks.Run(Drafts.Standard(Words(words)), null);

        Assert.Equal(warned, Warnings(report).Contains(PublishCheckCode.LongSentence));
        Assert.Equal(warned, report.NeedsReason);
        Assert.False(report.BlocksPublishing);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void EasyReadSentence_LongerThan20Words_IsAWarningOnTheEasyReadBody(int words, bool warned)
    {
        var report = PublishChecks.Run(Drafts.WithEasyRead(Words(words)), null);

        Assert.Equal(warned, report.Findings.Any(f => f.Code == PublishCheckCode.LongSentence && f.Field == "EasyReadBody"));
    }

    [Fact]
    public void Sentences_EndAtFullStopsAndBlockEnds_SoAListIsNotOneLongSentence()
    {
        var list = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"- punkt nummer {i} i listan"));

        Assert.Empty(Warnings(PublishChecks.Run(Drafts.Standard(list), null)));
    }

    [Fact]
    public void VeryLongWords_AreNamed_WithTighterLimitsInLättläst()
    {
        var standard = PublishChecks.Run(Drafts.Standard("Läs om barnvaccinationsprogrammet och ungdomsmottagningen."), null);
        var easyRead = PublishChecks.Run(Drafts.WithEasyRead("Gå till biståndshandläggaren på kommunen."), null);

        var finding = Assert.Single(standard.Findings, f => f.Code == PublishCheckCode.LongWord);
        Assert.Contains("”barnvaccinationsprogrammet”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ungdomsmottagningen", finding.Message, StringComparison.Ordinal);
        Assert.Contains(easyRead.Findings, f => f.Code == PublishCheckCode.LongWord && f.Message.Contains("”biståndshandläggaren”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Du kan erhålla stöd.", "”erhålla” (skriv få)")]
    [InlineData("Det sker i enlighet med lagen.", "”i enlighet med” (skriv enligt)")]
    [InlineData("Ta med t.ex. vatten.", "”t.ex.” (skriv till exempel)")]
    [InlineData("Ring oss samt.", "”samt” (skriv och)")]
    [InlineData("Det är EJ tillåtet.", "”ej” (skriv inte)")]
    public void OfficeWords_GetTheirPlainAlternative(string body, string named)
    {
        var finding = Assert.Single(PublishChecks.Run(Drafts.Standard(body), null).Findings, f => f.Code == PublishCheckCode.Jargon);

        Assert.Equal(PublishCheckSeverity.Warning, finding.Severity);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boka ett samtal med oss.")]
    [InlineData("Vi har öppet i enlighet.")]
    [InlineData("Ta med texten.")]
    public void WordsThatOnlyStartLikeAnOfficeWord_AreNotFlagged(string body)
    {
        Assert.DoesNotContain(PublishCheckCode.Jargon, Warnings(PublishChecks.Run(Drafts.Standard(body), null)));
    }

    [Theory]
    [InlineData("Läs [broschyren om sömn](https://region.se/somn.pdf).", true)]
    [InlineData("Läs [broschyren om sömn](https://region.se/Somn.PDF?v=2#sida3).", true)]
    [InlineData("Se <https://region.se/blankett.pdf>.", true)]
    [InlineData("Läs [om sömn](https://region.se/somn).", false)]
    [InlineData("Läs [om pdf-filer](https://region.se/pdf-hjalp).", false)]
    public void LinksToPdfs_AreAWarningAtTheirLine(string body, bool warned)
    {
        var finding = PublishChecks.Run(Drafts.Standard(body), null).Findings.SingleOrDefault(f => f.Code == PublishCheckCode.PdfLink);

        Assert.Equal(warned, finding is not null);
        Assert.True(finding is null || finding is { Line: 1, Severity: PublishCheckSeverity.Warning });
    }
}
