using Halsoportal.Content;
using Halsoportal.Dialog;
using Halsoportal.Media;
using Halsoportal.Search;
using Halsoportal.Web;
using Halsoportal.Web.Features.Dialog;
using Halsoportal.Web.Features.Media;
using Halsoportal.Web.Features.Operations;

// The repository's wwwroot/ is copied beside the assembly by the build (see Halsoportal.Web.csproj).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

// The data folder must be usable before anything opens it; a bad one stops start-up with one clear line.
if (!DataFolderStartup.TryPrepare(builder.Configuration, Console.Error, out var dataFolder))
{
    return 1;
}

// Content store (SQLite in the data folder, migrated and seeded at start-up) and its read services.
builder.Services.AddHalsoportalContent(builder.Configuration, dataFolder);

// Medborgardialog: surveys and answers in their own dialog.db (WAL, synchronous=FULL), with their own retention.
// Before search: dialogs are a search source, and the index may be rebuilt at start-up.
builder.Services.AddHalsoportalDialog(builder.Configuration, dataFolder.Root).AddHalsoportalDialogPages();

// Swedish search: a Lucene index in the data folder, kept in step with the change feed.
// The synonym list is the administrators' (in the database), read every few seconds; before AddHalsoportalSearch, which only adds the bundled list if none is registered.
builder.Services.AddSingleton<Halsoportal.Search.Synonyms.StoredSynonymSource>();
builder.Services.AddSingleton<Halsoportal.Search.Synonyms.ISynonymSource>(sp => sp.GetRequiredService<Halsoportal.Search.Synonyms.StoredSynonymSource>());
builder.Services.AddHalsoportalSearch(builder.Configuration);

// The public site: Razor Pages, Swedish error pages, security headers, health checks.
builder.Services.AddHalsoportalWeb();

// The editor backoffice: accounts, per-kommun rights, antiforgery (resident pages stay cookieless).
builder.Services.AddHalsoportalEditors();

// Images: upload checks and renditions (NetVips) in the data folder's media/, and the editors' image library.
builder.Services.AddHalsoportalMedia(builder.Configuration, dataFolder.MediaPath).AddHalsoportalMediaLibrary();

var app = builder.Build();

// Operator verbs (search rebuild, …) run against the same services and exit without serving.
if (OperatorCommands.IsVerb(args))
{
    return await OperatorCommands.RunAsync(app.Services, args);
}

// Middleware order: headers on everything, errors, static files, pages, health.
app.UseHalsoportalWeb();
app.MapHalsoportalMedia();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can reference it.</summary>
public partial class Program;
