namespace Halsoportal.Content.Editing.Checks;

/// <summary>
/// A LIX readability score. <paramref name="Score"/> is words per sentence plus the percentage of
/// long words, rounded to a whole number; <paramref name="Band"/> says in Swedish what it means.
/// </summary>
/// <param name="Score">LIX, rounded half away from zero.</param>
/// <param name="Words">Words counted (tokens with at least one letter).</param>
/// <param name="LongWords">Words with more than six letters.</param>
/// <param name="Sentences">Sentences counted (at . ! ? : and at the end of every heading, paragraph, list item and table cell).</param>
/// <param name="Band">"Mycket lättläst" … "Mycket svår, byråkratsvenska".</param>
public sealed record LixResult(int Score, int Words, int LongWords, int Sentences, string Band);
