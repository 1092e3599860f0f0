using System.Reflection;

namespace Halsoportal.Web.Tests;

/// <summary>Dependencies point one way: Web → Content, Search (→ Content). Only Web knows ASP.NET Core.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Content = typeof(Content.Storage.ContentDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly Search = Assembly.Load("Halsoportal.Search");
    private static readonly Assembly Media = Assembly.Load("Halsoportal.Media");
    private static readonly Assembly Dialog = Assembly.Load("Halsoportal.Dialog");

    private static List<string> References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    // Identity's EF store keeps editor accounts in the content database. Despite its name it is a
    // data library: no HTTP, no MVC. It is the one Microsoft.AspNetCore.* assembly Content may use.
    private const string IdentityStore = "Microsoft.AspNetCore.Identity.EntityFrameworkCore";

    [Fact]
    public void Content_ReferencesNoOtherProjectAndNoAspNetCore()
    {
        var references = References(Content);
        Assert.DoesNotContain(references, r => r.StartsWith("Halsoportal.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && r != IdentityStore);
    }

    [Fact]
    public void Media_ReferencesNoOtherProjectAndNoAspNetCore()
    {
        var references = References(Media);
        Assert.DoesNotContain(references, r => r.StartsWith("Halsoportal.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Halsoportal.Media", References(Web));
    }

    [Fact]
    public void Dialog_ReferencesNoOtherProjectAndNoAspNetCore()
    {
        var references = References(Dialog);
        Assert.DoesNotContain(references, r => r.StartsWith("Halsoportal.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ReferencesOnlyContentAndNoAspNetCore()
    {
        var references = References(Search);
        Assert.All(references.Where(r => r.StartsWith("Halsoportal.", StringComparison.Ordinal)), r => Assert.Equal("Halsoportal.Content", r));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_IsTheOnlyProjectWithRazorPages()
    {
        Assert.Contains(References(Web), r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        foreach (var library in new[] { Content, Search, Media })
        {
            Assert.DoesNotContain(References(library), r => r.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
        }
    }
}
