using Halsoportal.Web.Features.OpenData;
using Halsoportal.Web.Tests.Dialog;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.OpenData;

/// <summary>
/// The demo site on Wednesday 10 March 2027 at 02.50 Swedish time, ten minutes before the nightly open-data run, with
/// the dialog test helpers for surveys and answers.
/// </summary>
public sealed class OpenDataSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2027, 3, 10, 1, 50, 0, TimeSpan.Zero);

    public DialogSite Dialogs { get; } = new() { Start = Start };

    public HttpClient Client => Dialogs.Client;

    /// <summary>Completes when at least <paramref name="runs"/> generations have ended (the first is at start-up).</summary>
    public Task GeneratedAsync(int runs) =>
        Dialogs.Site.Services.GetRequiredService<OpenDataService>().WhenGeneratedAsync(runs, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

    public Task InitializeAsync() => Dialogs.InitializeAsync();

    public Task DisposeAsync() => Dialogs.DisposeAsync();
}
