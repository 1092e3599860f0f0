using System.Data.Common;
using System.Globalization;
using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Testing;
using Halsoportal.Web.Tests.Editor;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Security;

/// <summary>
/// security.md item 13 and issue 9's fault injection, on the content database through HTTP: a full
/// database (<c>PRAGMA max_page_count</c> held at the file's size on every app connection), a
/// read-only one (<c>PRAGMA query_only</c> on every app connection) and a busy one (another
/// connection holds the write lock past the app's 5 s busy timeout). An editor save, an editor
/// publish and a resident's accessibility report each get a Swedish 503 with <c>Retry-After</c>,
/// never a 2xx or a redirect to "saved", and nothing is half-written; once the fault is lifted the
/// same request succeeds. (The dialog store's own 503 is in Dialog/AnsweringTests and below for a busy file.)
/// </summary>
public sealed class StoreFaultTests(StoreFaultTests.Fixture fx) : IClassFixture<StoreFaultTests.Fixture>
{
    public enum Fault
    {
        None,
        Full,
        ReadOnly,
        Busy,

        /// <summary>PostgreSQL only: the server gone (connections refused), as when it is stopped mid-run.</summary>
        Stopped,
    }

    public enum Action
    {
        EditorSave,
        EditorPublish,
        AccessibilityReport,
    }

    // A full database refuses writes that need a new page. A save of a long text and a long report
    // need several; a publish writes a few short rows that may fit in the free room of existing pages,
    // exactly as on a real disk whose last block still has room, so it is tested read-only and busy.
    // On SQLite a full disk is SQLite's max_page_count. PostgreSQL has no per-session way to fill its
    // disk, so the tables those writes go to answer with the server's own error for it (53100
    // disk_full); its other faults are a read-only session, a held table lock, and a server that is gone.
    public static TheoryData<Fault, Action> Cases
    {
        get
        {
            var cases = new TheoryData<Fault, Action>();
            foreach (var (fault, action) in AllCases.Where(c => TestPostgres.Enabled || c.Fault != Fault.Stopped))
            {
                cases.Add(fault, action);
            }

            return cases;
        }
    }

    private static readonly (Fault Fault, Action Action)[] AllCases =
    [
        (Fault.Full, Action.EditorSave),
        (Fault.Full, Action.AccessibilityReport),
        (Fault.ReadOnly, Action.EditorSave),
        (Fault.ReadOnly, Action.EditorPublish),
        (Fault.ReadOnly, Action.AccessibilityReport),
        (Fault.Busy, Action.EditorSave),
        (Fault.Busy, Action.EditorPublish),
        (Fault.Busy, Action.AccessibilityReport),
        (Fault.Stopped, Action.EditorSave),
        (Fault.Stopped, Action.EditorPublish),
        (Fault.Stopped, Action.AccessibilityReport),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task StoreFault_IsSwedish503WithRetryAfter_NothingWritten_AndTheSameRequestSucceedsAfterwards(Fault fault, Action action)
    {
        var request = await fx.PrepareAsync(action);
        var before = await fx.CountRowsAsync();

        HttpResponseMessage failed;
        using (fx.Inject(fault))
        {
            failed = await request();
        }

        var body = await failed.Content.ReadAsStringAsync();
        Assert.True(failed.StatusCode == HttpStatusCode.ServiceUnavailable, $"{fault} {action}: {(int)failed.StatusCode} {failed.Headers.Location}\n{body[..Math.Min(body.Length, 500)]}");
        Assert.True(failed.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, $"{fault} {action}: no Retry-After");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tjänsten är tillfälligt otillgänglig", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(before, await fx.CountRowsAsync());

        // The fault lifted, the very same request goes through.
        var retried = await request();
        Assert.True(retried.StatusCode == HttpStatusCode.Redirect, $"{fault} {action} after the fault: {(int)retried.StatusCode}");
        Assert.NotEqual(before, await fx.CountRowsAsync());
    }

    [Fact]
    public async Task NoFault_TheInjectorItselfChangesNothing()
    {
        // The injector's "off" state is what the other tests retry under: it must let writes through.
        var request = await fx.PrepareAsync(Action.AccessibilityReport);
        using (fx.Inject(Fault.None))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await request()).StatusCode);
        }
    }

    /// <summary>One site whose content database connections go through <see cref="Injector"/>, and a signed-in publisher.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly Injector _injector = new();
        private EditorClient? _publisher;

        public Fixture() =>
            Site = new SiteFactory
            {
                ExtraServices = services =>
                {
                    services.ConfigureDbContext<SqliteContentDbContext>(options => options.AddInterceptors(_injector));
                    services.ConfigureDbContext<PostgresContentDbContext>(options => options.AddInterceptors(_injector));
                },
            };

        public SiteFactory Site { get; }

        private EditorClient Publisher => _publisher!;

        private string DatabasePath => Path.Combine(Site.DataPath, "halsoportal.db");

        public async Task InitializeAsync() =>
            _publisher = await EditorClient.SignInAsync(Site, EditorRole.Publisher, kommunCode: "2281");

        public async Task DisposeAsync()
        {
            _publisher?.Dispose();
            await Site.DisposeAsync();
        }

        /// <summary>Sets up what the action needs (without a fault) and returns the request to send, twice.</summary>
        public async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(Action action)
        {
            switch (action)
            {
                case Action.AccessibilityReport:
                    var client = Site.CreateSiteClient();

                    // 4 000 characters of two-byte UTF-8: more than one page, so a full file must grow.
                    var description = string.Concat(Enumerable.Repeat("Fokusmarkören försvinner på sökknappen å ä ö. ", 90))[..4000];
                    return () => Accessibility.AccessibilityStatementTests.PostReportAsync(client, where: "Söksidan", description: description);

                default:
                    var (_, form) = await Publisher.GetDocumentAsync("/redaktor/artiklar/ny");
                    var fields = FormFields.Of(form, "Input.Title")
                        .Set("Input.Title", $"Vinterpromenader {Guid.NewGuid():N}")
                        .Set("Input.Ingress", "Varje torsdag går vi en timme i Norra stadsberget.")
                        .Set("Input.Body", "## Så går det till\n\nVi ses vid parkeringen klockan tio.")
                        .Set("Input.Topics", "topic:fysisk-aktivitet")
                        .Set("Input.LifeSituations", "lifesituation:vuxna")
                        .Set("Input.ResponsibleUnit", "Folkhälsoenheten");
                    var created = await Publisher.PostFormAsync("/redaktor/artiklar/ny", fields.All);
                    Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                    var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
                    if (action == Action.EditorPublish)
                    {
                        var page = $"/redaktor/artiklar/{id}/publicering";
                        var token = await Publisher.GetAntiforgeryTokenAsync(page);
                        return () => Publisher.Http.PostAsync(
                            new Uri($"{page}?handler=publish", UriKind.Relative),
                            new FormUrlEncodedContent([new("Version", "1"), new("__RequestVerificationToken", token)]));
                    }

                    var (_, edit) = await Publisher.GetDocumentAsync($"/redaktor/artiklar/{id}");
                    var editToken = await Publisher.GetAntiforgeryTokenAsync($"/redaktor/artiklar/{id}");

                    // A long text (about 60 kB): a new version needs new pages.
                    var longBody = "## Så går det till\n\n" + string.Concat(Enumerable.Repeat("Vi går i lugn takt längs älven och stannar vid bänkarna. ", 1000));
                    var save = FormFields.Of(edit, "Input.Title").Set("Input.Body", longBody).All
                        .Append(new("__RequestVerificationToken", editToken)).ToList();
                    return () => Publisher.Http.PostAsync(new Uri($"/redaktor/artiklar/{id}", UriKind.Relative), new FormUrlEncodedContent(save));
            }
        }

        /// <summary>Rows in every table a save, publish or report writes to.</summary>
        public async Task<string> CountRowsAsync()
        {
            await using var scope = Site.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            return string.Join(
                " ",
                await db.Articles.CountAsync(),
                await db.ContentVersions.CountAsync(),
                await db.AuditEntries.CountAsync(),
                await db.ContentChanges.CountAsync(),
                await db.AccessibilityReports.CountAsync(),
                await db.Articles.SumAsync(a => a.DraftVersion),
                await db.Articles.CountAsync(a => a.PublishedVersion != null));
        }

        /// <summary>Turns a fault on until disposed.</summary>
        public IDisposable Inject(Fault fault) => Site.PostgresContentConnectionString is { } postgres ? InjectPostgres(fault, postgres) : InjectSqlite(fault);

        private Lift InjectSqlite(Fault fault)
        {
            SqliteConnection? holder = null;
            if (fault == Fault.Full)
            {
                // Free pages would take a write without growing the file; a full disk has none.
                using var vacuum = new SqliteConnection($"Data Source={DatabasePath};Pooling=False;Default Timeout=10");
                vacuum.Open();
                using var command = vacuum.CreateCommand();
                command.CommandText = "VACUUM;";
                command.ExecuteNonQuery();
            }
            else if (fault == Fault.Busy)
            {
                // Another process in the middle of a long write: it holds the write lock.
                holder = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
                holder.Open();
                using var begin = holder.CreateCommand();
                begin.CommandText = "BEGIN IMMEDIATE;";
                begin.ExecuteNonQuery();
            }

            SqliteConnection.ClearAllPools();
            _injector.Fault = fault;
            return new Lift(() =>
            {
                _injector.Fault = Fault.None;
                holder?.Dispose();
            });
        }

        private Lift InjectPostgres(Fault fault, string connectionString)
        {
            Npgsql.NpgsqlConnection? holder = null;
            if (fault == Fault.Full)
            {
                ExecutePostgres(connectionString, $$"""
                    CREATE OR REPLACE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS
                    $f$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $f$;
                    {{string.Concat(FullTables.Select(t => $"CREATE TRIGGER test_disk_full BEFORE INSERT OR UPDATE ON \"{t}\" FOR EACH STATEMENT EXECUTE FUNCTION test_disk_full();"))}}
                    """);
            }
            else if (fault == Fault.Stopped)
            {
                // The server gone: every connection the app opens is refused, the ones it holds are dropped.
                _injector.Refused = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Port = UnusedPort() }.ConnectionString;
            }
            else if (fault == Fault.Busy)
            {
                // Another node in the middle of a long write: it holds the tables the actions write to
                // (readers still pass; EXCLUSIVE only stops writers).
                holder = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
                holder.Open();
                using var lockTables = holder.CreateCommand();
                lockTables.CommandText = """BEGIN; LOCK TABLE "ContentVersions", "AuditEntries", "AccessibilityReports", "ContentChanges" IN EXCLUSIVE MODE;""";
                lockTables.ExecuteNonQuery();
            }

            Npgsql.NpgsqlConnection.ClearAllPools();
            _injector.Fault = fault;
            return new Lift(() =>
            {
                _injector.Fault = Fault.None;
                holder?.Dispose();
                if (fault == Fault.Full)
                {
                    ExecutePostgres(connectionString, string.Concat(FullTables.Select(t => $"DROP TRIGGER test_disk_full ON \"{t}\";")));
                }

                Npgsql.NpgsqlConnection.ClearAllPools();
            });
        }

        /// <summary>The tables a long save and a long report write new rows to.</summary>
        private static readonly string[] FullTables = ["ContentVersions", "AccessibilityReports"];

        private static void ExecutePostgres(string connectionString, string sql)
        {
            using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        /// <summary>A loopback port nothing listens on.</summary>
        private static int UnusedPort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private sealed class Lift(System.Action lift) : IDisposable
        {
            public void Dispose() => lift();
        }
    }

    /// <summary>Sets the fault's pragmas on every connection the app opens to the content database.</summary>
    private sealed class Injector : DbConnectionInterceptor
    {
        public volatile Fault Fault;

        /// <summary>With <see cref="Fault.Stopped"/>: where the app's connections go instead (a port nothing listens on).</summary>
        public string? Refused { get; set; }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Redirect(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Redirect(connection);
            return ValueTask.FromResult(result);
        }

        /// <summary>Each request has its own context and connection, so a redirected one is never reused once the fault is lifted.</summary>
        private void Redirect(DbConnection connection)
        {
            if (Fault == Fault.Stopped && connection is Npgsql.NpgsqlConnection)
            {
                connection.ConnectionString = Refused;
            }
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            if (connection is not SqliteConnection)
            {
                // PostgreSQL: a read-only session (SQLSTATE 25006), and a short wait for a lock another holds (55P03).
                command.CommandText = $"SET default_transaction_read_only = {(Fault == Fault.ReadOnly ? "on" : "off")}; SET lock_timeout = '{(Fault == Fault.Busy ? "300ms" : "0")}';";
                command.ExecuteNonQuery();
                return;
            }

            command.CommandText = Fault == Fault.ReadOnly ? "PRAGMA query_only=ON;" : "PRAGMA query_only=OFF;";
            command.ExecuteNonQuery();
            if (Fault == Fault.Full)
            {
                command.CommandText = "PRAGMA page_count;";
                var pages = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                command.CommandText = $"PRAGMA max_page_count={pages};";
            }
            else
            {
                command.CommandText = "PRAGMA max_page_count=4294967294;";
            }

            command.ExecuteScalar();
        }
    }
}
