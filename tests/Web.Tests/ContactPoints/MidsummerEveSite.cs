using Microsoft.Extensions.Time.Testing;

namespace Halsoportal.Web.Tests.ContactPoints;

/// <summary>
/// The demo site on Thursday 24 June 2027 at 17.55 Swedish time, the evening before midsommarafton: the moment
/// issue 5 asks a resident to try the finder on a phone.
/// </summary>
public sealed class MidsummerEveSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Evening = new(2027, 6, 24, 17, 55, 0, TimeSpan.FromHours(2));

    public SiteFactory Site { get; } = new() { Clock = new FakeTimeProvider(Evening) };

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Site.CreateSiteClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }
}
