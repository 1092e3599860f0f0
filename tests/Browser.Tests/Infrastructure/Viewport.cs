namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>A browser window size the suite checks pages at.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    /// <summary>WCAG 1.4.10 reflow: 320 CSS px wide, a small phone.</summary>
    public static readonly Viewport Phone = new("320x640", 320, 640);

    /// <summary>A common laptop window.</summary>
    public static readonly Viewport Desktop = new("1280x800", 1280, 800);

    public static IReadOnlyList<Viewport> All { get; } = [Phone, Desktop];

    public static Viewport Named(string name) =>
        All.SingleOrDefault(v => v.Name == name) ?? throw new ArgumentException($"No viewport named '{name}'.", nameof(name));

    public override string ToString() => Name;
}
