namespace Halsoportal.Content.Accounts;

/// <summary>
/// Who owns an item: a kommun (its editors), a region (its administrators) or, with both null,
/// the nation (system administrators). Fixed when the item is created; never bound from a form.
/// </summary>
public readonly record struct ItemOwner(string? KommunCode, string? RegionCode)
{
    public static ItemOwner National => default;

    public static ItemOwner OfKommun(string kommunCode, string regionCode) => new(kommunCode, regionCode);

    public static ItemOwner OfRegion(string regionCode) => new(null, regionCode);
}

/// <summary>
/// What one signed-in user may do, worked out once per request from their grants. Every editor
/// service asks this object — reads are filtered with it and every write is checked with it.
/// </summary>
public sealed class EditorAccess
{
    private readonly HashSet<string> _editKommuner;
    private readonly HashSet<string> _publishKommuner;
    private readonly HashSet<string> _adminRegions;

    public EditorAccess(string userId, string displayName, IEnumerable<RoleGrant> grants, IReadOnlyDictionary<string, string> regionByKommun)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(regionByKommun);
        UserId = userId;
        DisplayName = displayName;
        var list = grants.ToList();
        IsSystemAdmin = list.Any(g => g.Role == EditorRole.SystemAdmin);
        _adminRegions = [.. list.Where(g => g.Role == EditorRole.RegionAdmin && g.RegionCode is not null).Select(g => g.RegionCode!)];

        // A region administrator edits and publishes in every kommun of the län.
        var regionKommuner = regionByKommun.Where(p => _adminRegions.Contains(p.Value)).Select(p => p.Key).ToList();
        _publishKommuner = [.. list.Where(g => g.Role == EditorRole.Publisher && g.KommunCode is not null).Select(g => g.KommunCode!), .. regionKommuner];
        _editKommuner = [.. list.Where(g => g.Role == EditorRole.Editor && g.KommunCode is not null).Select(g => g.KommunCode!), .. _publishKommuner];
        if (IsSystemAdmin)
        {
            _editKommuner.UnionWith(regionByKommun.Keys);
            _publishKommuner.UnionWith(regionByKommun.Keys);
            _adminRegions.UnionWith(regionByKommun.Values);
        }
    }

    public string UserId { get; }

    public string DisplayName { get; }

    public bool IsSystemAdmin { get; }

    /// <summary>Region or system administrator: must use a second factor.</summary>
    public bool IsAdministrator => IsSystemAdmin || _adminRegions.Count > 0;

    /// <summary>Has any role at all.</summary>
    public bool HasAnyRole => _editKommuner.Count > 0 || IsAdministrator;

    /// <summary>Kommuner whose content this user may edit, for pickers and filters.</summary>
    public IReadOnlySet<string> EditableKommuner => _editKommuner;

    /// <summary>Regions this user administers.</summary>
    public IReadOnlySet<string> AdministeredRegions => _adminRegions;

    public bool CanEditKommun(string kommunCode) => _editKommuner.Contains(kommunCode);

    public bool CanPublishKommun(string kommunCode) => _publishKommuner.Contains(kommunCode);

    public bool CanAdministerRegion(string regionCode) => _adminRegions.Contains(regionCode);

    /// <summary>May read and write drafts of an item with this owner.</summary>
    public bool CanEdit(ItemOwner owner) => owner switch
    {
        { KommunCode: { } kommun } => CanEditKommun(kommun),
        { RegionCode: { } region } => CanAdministerRegion(region),
        _ => IsSystemAdmin,
    };

    /// <summary>May publish, unpublish, schedule and approve an item with this owner.</summary>
    public bool CanPublish(ItemOwner owner) => owner switch
    {
        { KommunCode: { } kommun } => CanPublishKommun(kommun),
        { RegionCode: { } region } => CanAdministerRegion(region),
        _ => IsSystemAdmin,
    };
}
