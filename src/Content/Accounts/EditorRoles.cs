using Halsoportal.Content.Slugs;

namespace Halsoportal.Content.Accounts;

/// <summary>The Swedish names of <see cref="EditorRole"/>, for people and for the command line.</summary>
public static class EditorRoles
{
    /// <summary>All roles, weakest first.</summary>
    public static IReadOnlyList<EditorRole> All { get; } = [EditorRole.Editor, EditorRole.Publisher, EditorRole.RegionAdmin, EditorRole.SystemAdmin];

    /// <summary>The role as people say it: "redaktör", "publicerare", "regionadministratör", "systemadministratör".</summary>
    public static string Name(EditorRole role) => role switch
    {
        EditorRole.Editor => "redaktör",
        EditorRole.Publisher => "publicerare",
        EditorRole.RegionAdmin => "regionadministratör",
        EditorRole.SystemAdmin => "systemadministratör",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role as typed on the command line, without å/ä/ö: "redaktor", "regionadministrator" …</summary>
    public static string CommandName(EditorRole role) => Slug.From(Name(role));

    /// <summary>
    /// Reads a role written either way ("regionadministratör", "Regionadministrator"). Returns
    /// false for anything else, so a typo never becomes a different role.
    /// </summary>
    public static bool TryParse(string? text, out EditorRole role)
    {
        var typed = Slug.From(text ?? "");
        foreach (var candidate in All)
        {
            if (CommandName(candidate) == typed)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>True for the roles that must sign in with a second factor.</summary>
    public static bool IsAdministrator(EditorRole role) => role is EditorRole.RegionAdmin or EditorRole.SystemAdmin;
}
