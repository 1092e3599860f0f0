using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;

namespace Halsoportal.Content.Editing;

/// <summary>The read filter for the backoffice: only articles the user may edit. Writes check <see cref="EditorAccess.CanEdit"/> again.</summary>
internal static class EditableArticles
{
    public static IQueryable<Article> EditableBy(this IQueryable<Article> articles, EditorAccess access)
    {
        if (access.IsSystemAdmin)
        {
            return articles;
        }

        var kommuner = access.EditableKommuner.ToList();
        var regions = access.AdministeredRegions.ToList();
        return articles.Where(a =>
            (a.OwnerKommunCode != null && kommuner.Contains(a.OwnerKommunCode))
            || (a.OwnerKommunCode == null && a.OwnerRegionCode != null && regions.Contains(a.OwnerRegionCode)));
    }
}
