using System.Diagnostics.CodeAnalysis;
using System.Net;
using Halsoportal.Browser.Tests.Editors;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel loopback port (the browser cannot reach an in-memory TestServer),
/// over a fresh data folder that the app seeds with demo content on start. One per test run.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync, which disposes the factory.")]
public sealed class HalsoportalServerFixture : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"halsoportal-browser-{Guid.NewGuid():N}");
    private HalsoportalFactory? _factory;

    /// <summary>Everything the server has logged since it started.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running app's services, for arranging content the way the app itself would.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>Backoffice accounts, created through the app's own account service.</summary>
    public EditorAccounts Accounts { get; private set; } = null!;

    /// <summary>Signed-in browser states of those accounts, one sign-in each.</summary>
    public EditorSignIns SignIns { get; } = new();

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        _factory = new HalsoportalFactory(_dataPath, Log);

        // Port 0 on the loopback address: the OS picks a free port, nothing listens beyond this machine.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reported no http address (got: {string.Join(", ", addresses)}).");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Accounts = new EditorAccounts(_factory.Services);

        // Start-up (migration, seeding) must be as quiet as any request.
        if (ServerLog.DescribeProblems(Log.Since(0)) is { } problems)
        {
            throw new InvalidOperationException($"The server started with problems.{Environment.NewLine}{problems}");
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Directory.Exists(_dataPath))
        {
            // SQLite's pool may still hold the file; on Linux that does not stop the delete.
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private sealed class HalsoportalFactory(string dataPath, ServerLog log) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production: what residents get (no developer exception page).
            builder.UseEnvironment("Production");

            // A host setting, not app configuration: Program.cs reads the data path before the host is built,
            // and only host settings reach it that early (they are passed as command-line arguments).
            builder.UseSetting("Halsoportal:DataPath", dataPath);
            builder.UseSetting("Halsoportal:SeedDemoContent", "true");

            // Every sign-in of the suite comes from 127.0.0.1, a dozen within a minute; the limit itself
            // (10 a minute per address) is tested in Web.Tests, here it would only make the order of tests matter.
            builder.UseSetting("Halsoportal:Editors:LoginAttemptsPerMinute", "1000");

            // Likewise the accessibility reports the catalog sends (5 in ten minutes per address; tested in Web.Tests).
            builder.UseSetting("Halsoportal:Accessibility:ReportsPerAddress", "1000");

            // And the per-minute windows for search, the API and resident POSTs (Web.Tests/Security/RateLimitTests).
            builder.UseSetting("Halsoportal:RateLimits:SearchPerMinute", "100000");
            builder.UseSetting("Halsoportal:RateLimits:ApiPerMinute", "100000");
            builder.UseSetting("Halsoportal:RateLimits:PublicPostsPerMinute", "100000");

            // Only the collector: each test prints its own share of the log when it fails.
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(log));
        }
    }
}
