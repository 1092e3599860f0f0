using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Features.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// The <c>users</c> operator verbs, run in-process against the site's own services (the same
/// code path the binary takes after building the host, without starting a process per case).
/// </summary>
public sealed class AccountCommandTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string AuditEntryOperator = Content.Editing.AuditEntry.OperatorName;

    // The site is shared by the class's tests, which run one at a time: each looks only at the server logs of its own run.
    private readonly int _problemsBefore = site.Problems.Count;

    [Fact]
    public async Task Users_AddGrantListRevokeDisable_DoWhatTheySayAndAudit()
    {
        var email = NewEmail();

        var add = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--name", "Anna Andersson", "--password-stdin");
        Assert.Equal((0, ""), (add.Code, add.Error));
        Assert.StartsWith($"Kontot för Anna Andersson <{email}> är skapat.", add.Output, StringComparison.Ordinal);

        var editor = await RunAsync("", "users", "grant", "--email", email, "--role", "redaktor", "--kommun", "Sundsvall");
        var publisher = await RunAsync("", "users", "grant", "--email", email, "--role", "publicerare", "--kommun", "2262");
        var admin = await RunAsync("", "users", "grant", "--email", email, "--role", "regionadministratör", "--region", "Västernorrland");
        var again = await RunAsync("", "users", "grant", "--email", email, "--role", "redaktor", "--kommun", "sundsvall");
        Assert.Equal("Anna Andersson är nu redaktör i Sundsvall.\n", editor.Output);
        Assert.Equal("Anna Andersson är nu publicerare i Timrå.\n", publisher.Output);
        Assert.Equal("Anna Andersson är nu regionadministratör i Västernorrlands län.\n", admin.Output);
        Assert.Equal("Anna Andersson är redan redaktör i Sundsvall. Inget ändrades.\n", again.Output);
        Assert.All(new[] { editor, publisher, admin, again }, r => Assert.Equal(0, r.Code));

        // The account works: the password piped in is the one that signs in.
        using var client = EditorClient.Anonymous(site);
        var login = await client.PostFormAsync("/redaktor/logga-in", [new("Email", email), new("Password", "Vinter-2026-lösen")]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var list = await RunAsync("", "users", "list");
        Assert.Equal(0, list.Code);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches("^Namn +E-post +Roller +2FA +Avstängt$", lines[0]);
        var row = lines.Single(l => l.Contains(email, StringComparison.Ordinal));
        Assert.Matches($"^Anna Andersson +{email.Replace(".", "\\.", StringComparison.Ordinal)} +redaktör i Sundsvall; publicerare i Timrå; regionadministratör i Västernorrlands län +av +nej$", row.TrimEnd());

        var revoke = await RunAsync("", "users", "revoke", "--email", email, "--role", "publicerare", "--kommun", "Timrå");
        Assert.Equal((0, "Anna Andersson är inte längre publicerare i Timrå.\n"), (revoke.Code, revoke.Output));

        var disable = await RunAsync("", "users", "disable", "--email", email);
        Assert.Equal((0, "Kontot för Anna Andersson är avstängt. Alla dess inloggningar har avslutats.\n"), (disable.Code, disable.Output));
        Assert.Contains("ja, ", (await RunAsync("", "users", "list")).Output.Split('\n').Single(l => l.Contains(email, StringComparison.Ordinal)), StringComparison.Ordinal);

        // The session the sign-in above started ended with the account.
        var next = await client.GetAsync("/redaktor/konto");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/redaktor/logga-in", next.Headers.Location?.ToString(), StringComparison.Ordinal);

        var enable = await RunAsync("", "users", "enable", "--email", email);
        Assert.Equal((0, "Kontot för Anna Andersson är öppnat igen.\n"), (enable.Code, enable.Output));

        var audit = await AuditAsync(email);
        Assert.Equal(
            ["user.add", "user.grant", "user.grant", "user.grant", "user.login", "user.revoke", "user.disable", "user.enable"],
            audit.Select(a => a.Action));
        Assert.All(audit.Where(a => a.Action != "user.login"), a => Assert.Equal(AuditEntryOperator, a.UserName));
        Assert.Contains(audit, a => a is { Action: "user.grant", KommunCode: "2281", Detail: "Anna Andersson: redaktör i Sundsvall (2281)" });
        Assert.Contains(audit, a => a is { Action: "user.grant", RegionCode: "22" });
        Assert.Empty(NewProblems());
    }

    [Theory]
    [InlineData(new[] { "--role", "chef", "--kommun", "Sundsvall" }, "Fel: Okänd roll ”chef”. Välj en av redaktor, publicerare, regionadministrator, systemadministrator.")]
    [InlineData(new[] { "--kommun", "Sundsvall" }, "Fel: Ange rollen med --role: redaktor, publicerare, regionadministrator, systemadministrator.")]
    [InlineData(new[] { "--role", "redaktor", "--kommun", "Atlantis" }, "Fel: Det finns ingen kommun som heter ”Atlantis”.")]
    [InlineData(new[] { "--role", "redaktor", "--kommun", "9999" }, "Fel: Det finns ingen kommun med kommunkoden 9999.")]
    [InlineData(new[] { "--role", "redaktor", "--kommun", "upp" }, "Fel: Flera kommuner börjar på ”upp”: Upplands Väsby (0114), Upplands-Bro (0139), Uppsala (0380), Uppvidinge (0760). Skriv hela namnet eller kommunkoden.")]
    [InlineData(new[] { "--role", "redaktor" }, "Fel: Ange vilken kommun rollen redaktör ska gälla.")]
    [InlineData(new[] { "--role", "publicerare", "--region", "22", "--kommun", "Sundsvall" }, "Fel: Rollen publicerare gäller en kommun, inte en region.")]
    [InlineData(new[] { "--role", "regionadministrator", "--region", "99" }, "Fel: Det finns ingen region som heter eller har länskoden ”99”.")]
    [InlineData(new[] { "--role", "systemadministrator", "--kommun", "Sundsvall" }, "Fel: Rollen systemadministratör gäller hela landet, inte en kommun.")]
    public async Task Users_GrantBadInput_SwedishErrorExit1NothingWritten(string[] arguments, string expected)
    {
        var email = await AddUserAsync();

        var result = await RunAsync("", ["users", "grant", "--email", email, .. arguments]);

        Assert.Equal(1, result.Code);
        Assert.Equal("", result.Output);
        Assert.Equal(expected, result.Error.Split('\n')[0]);
        Assert.Equal(["user.add"], (await AuditAsync(email)).Select(a => a.Action));
        Assert.Equal(0, await GrantCountAsync(email));
    }

    [Fact]
    public async Task Users_GrantUnknownAccount_SwedishErrorExit1()
    {
        var result = await RunAsync("", "users", "grant", "--email", "ingen@example.se", "--role", "redaktor", "--kommun", "Sundsvall");

        Assert.Equal((1, "", "Fel: Det finns inget konto med e-postadressen ingen@example.se. Skapa det med users add.\n"), result);
    }

    [Fact]
    public async Task Users_AddWithoutPasswordSource_RefusesAndNeverTakesItAsArgument()
    {
        var email = NewEmail();

        var noTerminal = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--name", "Bo Ek");
        var asArgument = await RunAsync("", "users", "add", "--email", email, "--name", "Bo Ek", "--password", "Vinter-2026-lösen");

        Assert.Equal(1, noTerminal.Code);
        Assert.StartsWith("Fel: Inget lösenord: standard in är ingen terminal.", noTerminal.Error, StringComparison.Ordinal);
        Assert.Equal(1, asArgument.Code);
        Assert.StartsWith("Fel: kommandot gick inte att tolka:", asArgument.Error, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(email));
    }

    [Fact]
    public async Task Users_AddWeakPasswordOrMissingName_SwedishErrorsNothingWritten()
    {
        var email = NewEmail();

        var weak = await RunAsync("kort\n", "users", "add", "--email", email, "--name", "Bo Ek", "--password-stdin");
        var noName = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--password-stdin");

        Assert.Equal(1, weak.Code);
        Assert.Contains("Fel: Lösenordet måste ha minst 12 tecken.", weak.Error, StringComparison.Ordinal);
        Assert.Contains("Fel: Lösenordet måste innehålla minst en stor bokstav (A–Z).", weak.Error, StringComparison.Ordinal);
        Assert.Equal((1, "Fel: Ange personens namn med --name, till exempel --name \"Anna Andersson\".\n"), (noName.Code, noName.Error));
        Assert.Empty(await AuditAsync(email));
    }

    [Fact]
    public async Task Users_AddExistingEmail_SwedishErrorExit1()
    {
        var email = await AddUserAsync();

        var result = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--name", "Bo Ek", "--password-stdin");

        Assert.Equal((1, $"Fel: Det finns redan ett konto för {email}.\n"), (result.Code, result.Error));
    }

    [Fact]
    public async Task Users_AddOnTerminal_AsksTwiceWithoutEcho()
    {
        var email = NewEmail();

        var mismatch = await RunAsync(new Queue<string>(["Vinter-2026-lösen", "Vinter-2026-losen"]), "users", "add", "--email", email, "--name", "Bo Ek");
        var match = await RunAsync(new Queue<string>(["Vinter-2026-lösen", "Vinter-2026-lösen"]), "users", "add", "--email", email, "--name", "Bo Ek");

        Assert.Equal((1, "Fel: Lösenorden är inte lika. Inget konto skapades.\n"), (mismatch.Code, mismatch.Error));
        Assert.Equal(0, match.Code);
        Assert.DoesNotContain("Vinter", match.Output + match.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_NameWithLineBreaks_NeutralisedInAuditLog()
    {
        var email = NewEmail();
        var forged = $"Anna\r\n2026-01-01 user.grant Kommandorad systemadministratör\n";

        var add = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--name", forged, "--password-stdin");
        await RunAsync("", "users", "grant", "--email", email, "--role", "redaktor", "--kommun", "Sundsvall");

        // A name stored with a line break before this rule existed is neutralised on the way into the log too.
        var legacy = NewEmail();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            Assert.True((await users.CreateAsync(new EditorUser { UserName = legacy, Email = legacy, DisplayName = "Eva\nuser.disable" })).Succeeded);
        }

        await RunAsync("", "users", "grant", "--email", legacy, "--role", "redaktor", "--kommun", "Sundsvall");

        Assert.Equal(0, add.Code);
        var entries = (await AuditAsync(email)).Concat(await AuditAsync(legacy)).ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain(e.UserName + e.Detail, c => c is '\r' or '\n'));
        Assert.Contains(entries, e => e.Detail == $"Anna 2026-01-01 user.grant Kommandorad systemadministratör <{email}>");
        Assert.Contains(entries, e => e.Detail == "Eva user.disable: redaktör i Sundsvall (2281)");
        Assert.DoesNotContain("\n", (await RunAsync("", "users", "list")).Output.Split('\n').Single(l => l.Contains(email, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_UnknownVerb_SwedishLeadAndExit1()
    {
        var result = await RunAsync("", "users", "radera", "--email", "x@example.se");

        Assert.Equal(1, result.Code);
        Assert.StartsWith("Fel: kommandot gick inte att tolka:", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    private static string NewEmail() => $"konto-{Guid.NewGuid():N}@example.se";

    private async Task<string> AddUserAsync()
    {
        var email = NewEmail();
        var add = await RunAsync("Vinter-2026-lösen\n", "users", "add", "--email", email, "--name", "Bo Ek", "--password-stdin");
        Assert.Equal(0, add.Code);
        return email;
    }

    private Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args) =>
        RunAsync(new StringReader(input), null, args);

    private Task<(int Code, string Output, string Error)> RunAsync(Queue<string> typed, params string[] args) =>
        RunAsync(new StringReader(""), _ => typed.Dequeue(), args);

    private async Task<(int Code, string Output, string Error)> RunAsync(TextReader input, Func<string, string?>? readSecret, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OperatorCommands.RunAsync(site.Services, args, new OperatorConsole(input, output, error, readSecret), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<List<Content.Editing.AuditEntry>> AuditAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync();
        return id is null ? [] : await db.AuditEntries.Where(a => a.ItemId == id).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<int> GrantCountAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.RoleGrants.CountAsync(g => db.Users.Any(u => u.Id == g.UserId && u.Email == email));
    }

    private List<string> NewProblems() => [.. site.Problems.Skip(_problemsBefore)];
}
