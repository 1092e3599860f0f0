using Halsoportal.Content.Editing;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>What the shared article fields partial needs: the posted or loaded form and the choices the user may make.</summary>
public sealed record ArticleFieldsViewModel(ArticleForm Form, EditorChoices Choices, string? OwnerKommunCode, IReadOnlyList<ImageChoice> Images);

/// <summary>An image the user may pick as the article's main image.</summary>
public sealed record ImageChoice(int Id, string Label);
