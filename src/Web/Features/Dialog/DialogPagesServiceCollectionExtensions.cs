namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// The web side of medborgardialog: the store's life in the host, the limit on open surveys, and
/// dialogs as a search source. Register before the search sync, whose start-up rebuild reads dialog.db.
/// </summary>
internal static class DialogPagesServiceCollectionExtensions
{
    public static IServiceCollection AddHalsoportalDialogPages(this IServiceCollection services)
    {
        services.AddSingleton<OpenSurveyLimiter>();
        services.AddScoped<Halsoportal.Search.Sync.ISearchDocumentSource, DialogSearchSource>();
        services.AddHostedService<DialogHosting>();
        return services;
    }
}
