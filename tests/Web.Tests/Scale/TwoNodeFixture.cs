using System.Security.Cryptography;
using Halsoportal.Testing;

namespace Halsoportal.Web.Tests.Scale;

/// <summary>
/// Two nodes of one install, as an operator runs them: the built app twice, on its own loopback
/// port and data folder each (its own search index), sharing one PostgreSQL server (fresh content
/// and dialog databases) and the dialog idempotency secret. Both start at once on the empty
/// databases, while the operator adds a publisher in Sundsvall with the <c>users</c> verbs. Processes,
/// folders and databases go when the class is done, also after a failure.
/// </summary>
public sealed class TwoNodeFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Nodes run from the app's own folder, as deployed: its appsettings.json is their configuration.</summary>
    private static readonly string AppFolder = Path.GetDirectoryName(AppProcess.BuiltWebDll)!;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "halsoportal-nodes-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private string? _contentDatabase;
    private string? _dialogDatabase;

    public Node A { get; } = new("A");

    public Node B { get; } = new("B");

    /// <summary>The publisher's address and password, as the operator gave them to <c>users add</c>.</summary>
    public (string Email, string Password) Publisher { get; } = ($"publicerare-{Guid.NewGuid():N}@sundsvall.se", $"Nod-{Guid.NewGuid():N}-A1");

    /// <summary>The shared content database's connection string.</summary>
    public string ContentDatabase => _contentDatabase ?? throw new InvalidOperationException("The nodes have no database.");

    /// <summary>A browser signed in as <see cref="Publisher"/> on node A.</summary>
    internal LoopbackBrowser Editor { get; } = new();

    public async Task InitializeAsync()
    {
        if (!TestPostgres.Enabled)
        {
            return;
        }

        try
        {
            _contentDatabase = TestPostgres.CreateDatabase();
            _dialogDatabase = TestPostgres.CreateDatabase();
            _environment["Database__Provider"] = "Postgres";
            _environment["ConnectionStrings__Content"] = _contentDatabase;
            _environment["ConnectionStrings__Dialog"] = _dialogDatabase;
            _environment["Halsoportal__Dialog__IdempotencySecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

            // What each node's index applied, for the failure messages.
            _environment["Logging__LogLevel__Halsoportal.Search.Sync"] = "Debug";
            A.DataPath = Path.Combine(_root, "a");
            B.DataPath = Path.Combine(_root, "b");

            // Both nodes and the operator's verbs at once on the empty databases: migrations, seeding
            // and the first data-protection key race.
            await Task.WhenAll(StartAsync(A), StartAsync(B), AddPublisherAsync());
            await Editor.SignInAsync(A.BaseUrl, Publisher.Email, Publisher.Password);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="node"/> on its data folder and waits until <c>/health</c> answers.</summary>
    public async Task StartAsync(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Assert.Null(node.Process);
        node.Process = AppProcess.Start(AppProcess.BuiltWebDll, AppFolder, node.DataPath, listen: true, _environment);
        node.Resident = await node.Process.WaitUntilHealthyAsync(StartTimeout);
    }

    /// <summary>Starts <paramref name="node"/> again when an earlier test left it stopped.</summary>
    public async Task EnsureRunningAsync(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Process is null)
        {
            await StartAsync(node);
        }
    }

    public async Task DisposeAsync()
    {
        Editor.Dispose();
        await A.StopAsync();
        await B.StopAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        foreach (var database in new[] { _contentDatabase, _dialogDatabase }.OfType<string>())
        {
            TestPostgres.DropDatabase(database);
        }

        _contentDatabase = _dialogDatabase = null;
    }

    private async Task AddPublisherAsync()
    {
        await RunVerbAsync("users add --email " + Publisher.Email + " --name \"Nora Nodsson\" --password-stdin", Publisher.Password + "\n");
        await RunVerbAsync("users grant --email " + Publisher.Email + " --role publicerare --kommun Sundsvall", input: null);
    }

    private async Task RunVerbAsync(string arguments, string? input)
    {
        await using var verb = AppProcess.Start(
            $"{AppProcess.BuiltWebDll} {arguments}", AppFolder, Path.Combine(_root, "kommandorad"), listen: false, _environment, input);
        var code = await verb.WaitForExitAsync(StartTimeout);
        Assert.True(code == 0, $"{arguments} exited with {code}\n{verb.Output}\n{verb.Error}");
    }

    /// <summary>One app process: where it listens, its data folder, and a cookieless resident's client.</summary>
    public sealed class Node(string name)
    {
        public string Name { get; } = name;

        public string DataPath { get; internal set; } = "";

        /// <summary>Where this node's Lucene index lives (<c>DataFolder.IndexPath</c>).</summary>
        public string IndexPath => Path.Combine(DataPath, "index");

        internal AppProcess? Process { get; set; }

        /// <summary>A resident: no cookies, nothing that would keep a page out of an output cache.</summary>
        public HttpClient? Resident { get; internal set; }

        public string BaseUrl => Process?.BaseUrl ?? throw new InvalidOperationException($"Node {Name} is not running.");

        /// <summary>The end of what the process printed, for failure messages.</summary>
        public string RecentOutput
        {
            get
            {
                var all = (Process?.Output ?? "") + (Process?.Error ?? "");
                return all.Length <= 3000 ? all : all[^3000..];
            }
        }

        /// <summary>Stops the node the hard way (SIGKILL), as a crash or a pulled plug would.</summary>
        public async Task StopAsync()
        {
            Resident?.Dispose();
            Resident = null;
            if (Process is { } process)
            {
                Process = null;
                await process.DisposeAsync();
            }
        }

        public async Task<HttpResponseMessage> GetAsync(string path)
        {
            var resident = Resident ?? throw new InvalidOperationException($"Node {Name} is not running.");
            return await resident.GetAsync(new Uri(path, UriKind.Relative));
        }
    }
}
