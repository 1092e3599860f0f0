using System.CommandLine;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;

namespace Halsoportal.Web.Features.Operations;

/// <summary>
/// <c>users add | list | grant | revoke | disable | enable</c>: editor accounts from the command
/// line, for the first administrator on a fresh install and for scripts. A password is never an
/// argument (it would sit in the shell history and the process list): it is typed without echo,
/// or piped to standard input with <c>--password-stdin</c>. Bad input gets a Swedish line on
/// standard error, exit code 1, and nothing written.
/// </summary>
internal static class UserCommands
{
    private static readonly string RoleChoices = string.Join(", ", EditorRoles.All.Select(EditorRoles.CommandName));

    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var add = new Command("add", "Skapar ett konto utan roller. Lösenordet skrivs in utan eko, eller läses från standard in med --password-stdin.");
        var addEmail = EmailOption();
        var addName = new Option<string?>("--name") { Description = "Personens namn, som det visas i loggar och historik (\"Anna Andersson\")." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Läs lösenordet från första raden på standard in." };
        add.Options.Add(addEmail);
        add.Options.Add(addName);
        add.Options.Add(passwordStdin);
        add.SetAction((parse, ct) => WithAccountsAsync(services, accounts =>
            AddAsync(accounts, console, parse.GetValue(addEmail), parse.GetValue(addName), parse.GetValue(passwordStdin), ct), ct));

        var list = new Command("list", "Visar alla konton med roller, tvåstegsverifiering och om kontot är avstängt.");
        list.SetAction((_, ct) => WithAccountsAsync(services, accounts => ListAsync(accounts, console, ct), ct));

        var users = new Command("users", "Redaktörskonton och deras roller.") { add, list };
        users.Subcommands.Add(RoleCommand("grant", "Ger ett konto en roll i en kommun, en region eller hela landet.", services, console, grant: true));
        users.Subcommands.Add(RoleCommand("revoke", "Tar bort en roll från ett konto.", services, console, grant: false));
        users.Subcommands.Add(StateCommand("disable", "Stänger av ett konto och avslutar alla dess inloggningar direkt.", services, console, disable: true));
        users.Subcommands.Add(StateCommand("enable", "Öppnar ett avstängt konto igen, med de roller det hade.", services, console, disable: false));
        return users;
    }

    private static Option<string?> EmailOption() =>
        new("--email") { Description = "Kontots e-postadress, som också är inloggningsnamnet." };

    private static Command RoleCommand(string name, string description, IServiceProvider services, OperatorConsole console, bool grant)
    {
        var email = EmailOption();
        var role = new Option<string?>("--role") { Description = $"Rollen: {RoleChoices}." };
        var kommun = new Option<string?>("--kommun") { Description = "För redaktor och publicerare: kommunens namn eller kommunkod (Sundsvall, 2281)." };
        var region = new Option<string?>("--region") { Description = "För regionadministrator: länskod eller namn (22, Västernorrland)." };
        var command = new Command(name, description) { email, role, kommun, region };
        command.SetAction((parse, ct) => WithAccountsAsync(services, accounts =>
            ChangeRoleAsync(accounts, console, grant, parse.GetValue(email), parse.GetValue(role), parse.GetValue(kommun), parse.GetValue(region), ct), ct));
        return command;
    }

    private static Command StateCommand(string name, string description, IServiceProvider services, OperatorConsole console, bool disable)
    {
        var email = EmailOption();
        var command = new Command(name, description) { email };
        command.SetAction((parse, ct) => WithAccountsAsync(services, accounts =>
            ChangeStateAsync(accounts, console, disable, parse.GetValue(email), ct), ct));
        return command;
    }

    /// <summary>Brings the store up to date first: on a fresh install the first verb creates the database.</summary>
    private static async Task<int> WithAccountsAsync(IServiceProvider services, Func<AccountService, Task<int>> action, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
        return await action(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private static async Task<int> AddAsync(AccountService accounts, OperatorConsole console, string? email, string? name, bool passwordStdin, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(email))
        {
            problems.Add("Ange e-postadressen med --email.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("Ange personens namn med --name, till exempel --name \"Anna Andersson\".");
        }

        if (problems.Count > 0)
        {
            return await FailAsync(console, problems);
        }

        string? password;
        if (passwordStdin)
        {
            password = await console.In.ReadLineAsync(cancellationToken);
        }
        else if (console.ReadSecret is { } readSecret)
        {
            password = readSecret($"Lösenord för {email}: ");
            if (password != readSecret("Skriv lösenordet en gång till: "))
            {
                return await FailAsync(console, ["Lösenorden är inte lika. Inget konto skapades."]);
            }
        }
        else
        {
            return await FailAsync(console, ["Inget lösenord: standard in är ingen terminal. Skicka lösenordet på standard in och lägg till --password-stdin. Lösenord tas aldrig emot som argument."]);
        }

        var result = await accounts.AddUserAsync(new NewEditorUser(email, name, password), AccountActor.Operator, cancellationToken);
        if (result.Status != AccountStatus.Done)
        {
            return await FailAsync(console, Messages(result));
        }

        var row = await accounts.GetUserAsync(result.UserId!, cancellationToken);
        await console.Out.WriteLineAsync($"Kontot för {row!.DisplayName} <{row.Email}> är skapat. Ge det en roll med users grant --email {row.Email} --role …");
        return 0;
    }

    private static async Task<int> ListAsync(AccountService accounts, OperatorConsole console, CancellationToken cancellationToken)
    {
        var users = await accounts.ListUsersAsync(cancellationToken);
        if (users.Count == 0)
        {
            await console.Out.WriteLineAsync("Det finns inga konton. Skapa det första med users add.");
            return 0;
        }

        string[] header = ["Namn", "E-post", "Roller", "2FA", "Avstängt"];
        var rows = users.Select(u => new[]
        {
            u.DisplayName,
            u.Email,
            u.Grants.Count == 0 ? "–" : string.Join("; ", u.Grants.Select(g => g.Describe())),
            u.TwoFactorEnabled ? "på" : "av",
            u.DisabledAt is { } at ? $"ja, {at:yyyy-MM-dd}" : "nej",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        foreach (var cells in rows.Prepend(header))
        {
            await console.Out.WriteLineAsync(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))));
        }

        return 0;
    }

    private static async Task<int> ChangeRoleAsync(
        AccountService accounts, OperatorConsole console, bool grant, string? email, string? roleText, string? kommun, string? region, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(email))
        {
            problems.Add("Ange kontots e-postadress med --email.");
        }

        var role = default(EditorRole);
        if (string.IsNullOrWhiteSpace(roleText))
        {
            problems.Add($"Ange rollen med --role: {RoleChoices}.");
        }
        else if (!EditorRoles.TryParse(roleText, out role))
        {
            problems.Add($"Okänd roll ”{roleText}”. Välj en av {RoleChoices}.");
        }

        if (problems.Count > 0)
        {
            return await FailAsync(console, problems);
        }

        var change = new RoleChange(email, role, kommun, region);
        var result = grant
            ? await accounts.GrantAsync(change, AccountActor.Operator, cancellationToken)
            : await accounts.RevokeAsync(change, AccountActor.Operator, cancellationToken);
        switch (result.Status)
        {
            case AccountStatus.NotFound:
                return await FailAsync(console, [NoAccount(email!)]);
            case AccountStatus.Invalid:
                return await FailAsync(console, Messages(result));
        }

        var row = await accounts.GetUserAsync(result.UserId!, cancellationToken);
        var what = result.Grant!.Describe();
        await console.Out.WriteLineAsync((grant, result.Status) switch
        {
            (true, AccountStatus.Done) => $"{row!.DisplayName} är nu {what}.",
            (true, _) => $"{row!.DisplayName} är redan {what}. Inget ändrades.",
            (false, AccountStatus.Done) => $"{row!.DisplayName} är inte längre {what}.",
            _ => $"{row!.DisplayName} var inte {what}. Inget ändrades.",
        });
        return 0;
    }

    private static async Task<int> ChangeStateAsync(AccountService accounts, OperatorConsole console, bool disable, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return await FailAsync(console, ["Ange kontots e-postadress med --email."]);
        }

        var result = disable
            ? await accounts.DisableAsync(email, AccountActor.Operator, cancellationToken)
            : await accounts.EnableAsync(email, AccountActor.Operator, cancellationToken);
        if (result.Status == AccountStatus.NotFound)
        {
            return await FailAsync(console, [NoAccount(email)]);
        }

        if (result.Status is not (AccountStatus.Done or AccountStatus.Unchanged))
        {
            return await FailAsync(console, Messages(result));
        }

        var row = await accounts.GetUserAsync(result.UserId!, cancellationToken);
        await console.Out.WriteLineAsync((disable, result.Status) switch
        {
            (true, AccountStatus.Done) => $"Kontot för {row!.DisplayName} är avstängt. Alla dess inloggningar har avslutats.",
            (true, _) => $"Kontot för {row!.DisplayName} var redan avstängt.",
            (false, AccountStatus.Done) => $"Kontot för {row!.DisplayName} är öppnat igen.",
            _ => $"Kontot för {row!.DisplayName} var inte avstängt.",
        });
        return 0;
    }

    private static string NoAccount(string email) => $"Det finns inget konto med e-postadressen {email.Trim()}. Skapa det med users add.";

    private static List<string> Messages(AccountResult result) =>
        result.FieldErrors.Count > 0 ? [.. result.FieldErrors.Select(e => e.Message)] : ["Något gick fel. Inget ändrades."];

    private static async Task<int> FailAsync(OperatorConsole console, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync($"Fel: {problem}");
        }

        return 1;
    }
}
