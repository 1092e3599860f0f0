namespace Halsoportal.Content.Editing.Diff;

/// <summary>A run of text with its <see cref="DiffKind"/>. Text is never empty.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
