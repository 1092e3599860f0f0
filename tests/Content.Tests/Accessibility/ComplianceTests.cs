using Halsoportal.Content.Accessibility;

namespace Halsoportal.Content.Tests.Accessibility;

/// <summary>The statement's compliance status is derived, never typed: helt only with no open gap and an assessment.</summary>
public sealed class ComplianceTests
{
    private static readonly DateOnly Assessed = new(2026, 11, 23);

    private static AccessibilityGap Gap(string? criterion = null) =>
        new() { Title = "Brist", Description = "Skäl", WcagCriterion = criterion, UpdatedBy = "Test" };

    [Fact]
    public void Of_NoOpenGapsAndAssessed_IsFull() =>
        Assert.Equal(ComplianceStatus.Full, Compliance.Of([], Assessed));

    [Fact]
    public void Of_NoOpenGapsButNeverAssessed_IsPartial() =>
        Assert.Equal(ComplianceStatus.Partial, Compliance.Of([], null));

    [Fact]
    public void Of_OneGapWithoutCriterion_IsPartial() =>
        Assert.Equal(ComplianceStatus.Partial, Compliance.Of([Gap()], Assessed));

    [Fact]
    public void Of_GapsOnHalfTheCriteria_IsNotCompliant()
    {
        var half = (WcagCriteria.All.Count + 1) / 2;
        var gaps = WcagCriteria.All.Take(half).Select(c => Gap(c.Number)).ToList();

        Assert.Equal(ComplianceStatus.NotCompliant, Compliance.Of(gaps, Assessed));
        Assert.Equal(ComplianceStatus.Partial, Compliance.Of(gaps.Skip(1), Assessed));
    }

    [Fact]
    public void Of_ManyGapsOnOneCriterion_CountOnce()
    {
        var gaps = Enumerable.Range(0, 40).Select(_ => Gap("1.4.3")).ToList();

        Assert.Equal(ComplianceStatus.Partial, Compliance.Of(gaps, Assessed));
    }

    [Fact]
    public void WcagCriteria_AreTheFiftyFiveOfWcag22AAndAA()
    {
        Assert.Equal(55, WcagCriteria.All.Count);
        Assert.Equal(55, WcagCriteria.All.Select(c => c.Number).Distinct().Count());
        Assert.Null(WcagCriteria.Find("4.1.1"));
        Assert.Equal("Anpassningsbar presentation", WcagCriteria.Find(" 1.4.10 ")!.Name);
    }

    [Theory]
    [InlineData(ComplianceStatus.Full, "helt förenlig")]
    [InlineData(ComplianceStatus.Partial, "delvis förenlig")]
    [InlineData(ComplianceStatus.NotCompliant, "inte förenlig")]
    public void Words_AreDiggs(ComplianceStatus status, string words) => Assert.Equal(words, Compliance.Words(status));
}
