using Halsoportal.Content.Accounts;

namespace Halsoportal.Content.ContactPoints.Editing;

/// <summary>The read filter for the backoffice: only contact points of kommuner the user may edit. Writes check <see cref="EditorAccess.CanEdit"/> again.</summary>
internal static class EditableContactPoints
{
    public static IQueryable<ContactPoint> EditableBy(this IQueryable<ContactPoint> points, EditorAccess access)
    {
        if (access.IsSystemAdmin)
        {
            return points;
        }

        // A region administrator's kommuner are in EditableKommuner too.
        var kommuner = access.EditableKommuner.ToList();
        return points.Where(c => kommuner.Contains(c.KommunCode));
    }
}
