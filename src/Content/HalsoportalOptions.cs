using System.ComponentModel.DataAnnotations;

namespace Halsoportal.Content;

/// <summary>The <c>Halsoportal</c> configuration section.</summary>
public sealed class HalsoportalOptions
{
    public const string SectionName = "Halsoportal";

    /// <summary>
    /// The data folder: database, search index and media. Relative paths are taken from the
    /// working directory. Environment variable: <c>Halsoportal__DataPath</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DataPath { get; set; } = "data";

    /// <summary>Seed the demo articles and pages when the database has no articles yet.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>
    /// Seed the demo medborgardialoger (with about 1 350 generated answers) when dialog.db has no
    /// survey yet; only with <see cref="SeedDemoContent"/>. The HTTP test sites turn it off to start fast.
    /// </summary>
    public bool SeedDemoDialogs { get; set; } = true;
}
