using System.Globalization;
using Halsoportal.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>One download on the page: the file, how big it is and when it was made; null while not yet generated.</summary>
public sealed record DownloadRow(OpenDataFile File, long? Bytes, DateTimeOffset? GeneratedAt)
{
    /// <summary>"12,4 kB", "1,3 MB".</summary>
    public string Size => Bytes switch
    {
        null => "–",
        < 1024 * 1024 => $"{(Bytes.Value / 1024.0).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"))} kB",
        _ => $"{(Bytes.Value / (1024.0 * 1024)).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"))} MB",
    };
}

/// <summary><c>/oppna-data</c>: what can be downloaded, how big and how new it is, and under which licence.</summary>
public sealed class IndexModel(OpenDataFiles files, IOptions<OpenDataOptions> options) : SitePageModel
{
    public IReadOnlyList<DownloadRow> Downloads { get; private set; } = [];

    public OpenDataLicence Licence => options.Value.Licence;

    /// <summary>CC0: the page can say in plain words what that allows.</summary>
    public bool IsPublicDomain => Licence.Url.Contains("/publicdomain/zero/", StringComparison.Ordinal);

    public void OnGet()
    {
        Downloads = [.. OpenDataFiles.All.Select(f =>
        {
            var info = new FileInfo(files.PathOf(f));
            return info.Exists ? new DownloadRow(f, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero)) : new DownloadRow(f, null, null);
        })];
        Title = "Öppna data";
        Description = "Ladda ner kontaktpunkter med öppettider och resultat av medborgardialoger som öppna data.";
        Breadcrumbs = [new Crumb("Start", "/"), new Crumb("Öppna data", null)];
    }
}
