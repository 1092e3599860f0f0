namespace Halsoportal.Content.Editing.Diff;

/// <summary>The changes to one field between two versions, labelled in Swedish ("Rubrik", "Brödtext", …).</summary>
public sealed record FieldDiff(string Label, IReadOnlyList<DiffSegment> Segments);
