using Halsoportal.Content;
using Halsoportal.Content.Storage;

namespace Halsoportal.Web;

/// <summary>Checks the data folder from configuration before the host is built.</summary>
internal static class DataFolderStartup
{
    /// <summary>Prepares the configured data folder, or writes one line to <paramref name="error"/> and returns false.</summary>
    public static bool TryPrepare(IConfiguration configuration, TextWriter error, out DataFolder dataFolder)
    {
        var path = configuration[$"{HalsoportalOptions.SectionName}:{nameof(HalsoportalOptions.DataPath)}"];
        try
        {
            dataFolder = DataFolder.Prepare(string.IsNullOrWhiteSpace(path) ? new HalsoportalOptions().DataPath : path);
            return true;
        }
        catch (DataFolderException ex)
        {
            error.WriteLine($"Hälsoportal kan inte starta: {ex.Message}");
            dataFolder = null!;
            return false;
        }
    }
}
