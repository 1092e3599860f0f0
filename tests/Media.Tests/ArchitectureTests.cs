namespace Halsoportal.Media.Tests;

/// <summary>Media references no other project and no ASP.NET Core (architecture.md).</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Media_ReferencesNoOtherProjectAndNoAspNetCore()
    {
        var references = typeof(MediaOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Halsoportal.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
