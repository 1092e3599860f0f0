using Halsoportal.Content.Accounts;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Reads an owner choice ("kommun:2281", "region:22", "nationell") for building the draft's scope. The service checks the right to use it.</summary>
internal static class ArticleOwners
{
    public static ItemOwner Parse(string? value) => value?.Split(':', 2) switch
    {
        ["kommun", var code] => new ItemOwner(code, null),
        ["region", var code] => ItemOwner.OfRegion(code),
        _ => ItemOwner.National,
    };
}
