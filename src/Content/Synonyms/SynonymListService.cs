using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Synonyms;

/// <summary>The stored list, or null while administrators have not changed the bundled one.</summary>
public sealed record SynonymListView(string Text, int Version, DateTime UpdatedAt, string UpdatedBy);

/// <summary>
/// Region and system administrators keep the search synonym list. The whole list is saved at once, checked
/// line by line first; a line with a problem is named with its number and nothing is saved.
/// </summary>
public sealed class SynonymListService(ContentDbContext db, TimeProvider time)
{
    public const int MaxLines = 1000;
    public const int MaxExpressionLength = 100;
    public const int MaxExpressionWords = 6;

    /// <summary>The stored list for anyone (the search reads it); null when the bundled list applies.</summary>
    public async Task<SynonymListView?> GetAsync(CancellationToken cancellationToken) =>
        await db.SynonymLists.AsNoTracking()
            .Where(l => l.Id == SynonymList.SingleId)
            .Select(l => new SynonymListView(l.Text, l.Version, l.UpdatedAt, l.UpdatedBy))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Saves <paramref name="text"/> as the new list. <paramref name="baseVersion"/> is the version the
    /// administrator edited (0 for the bundled list): a stale one is a conflict and saves nothing.
    /// </summary>
    public async Task<EditResult> SaveAsync(EditorAccess access, int baseVersion, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return EditResult.Forbidden;
        }

        var errors = Validate(text ?? "");
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var normalised = string.Join('\n', (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()));
        var row = await db.SynonymLists.FirstOrDefaultAsync(l => l.Id == SynonymList.SingleId, cancellationToken);
        if ((row?.Version ?? 0) != baseVersion)
        {
            return new EditResult(EditStatus.Conflict, SynonymList.SingleId, row?.Version ?? 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            row = new SynonymList { Text = normalised, UpdatedBy = access.DisplayName };
            db.SynonymLists.Add(row);
        }

        row.Text = normalised;
        row.Version = baseVersion + 1;
        row.UpdatedAt = now;
        row.UpdatedBy = access.DisplayName;
        db.AuditEntries.Add(AuditEntry.Create(now, access.UserId, access.DisplayName, "search.synonyms.save", "synonyms", "1", detail: $"version {row.Version}, {Groups(normalised).Count} grupper"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            // Another administrator saved (or created the row) first.
            return new EditResult(EditStatus.Conflict, SynonymList.SingleId, baseVersion);
        }

        return new EditResult(EditStatus.Done, SynonymList.SingleId, row.Version);
    }

    /// <summary>The groups of a list: one per line with at least two expressions; "#" starts a comment line.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups(string text) =>
        [.. Lines(text).Select(l => (IReadOnlyList<string>)Expressions(l.Text)).Where(g => g.Count >= 2)];

    /// <summary>Every problem, each naming its line ("Rad 3: …") and pointing at the text field.</summary>
    public static IReadOnlyList<FieldError> Validate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<FieldError>();
        var lines = Lines(text).ToList();
        if (lines.Count > MaxLines)
        {
            errors.Add(new FieldError("Text", $"Listan får ha högst {MaxLines} grupper."));
            return errors;
        }

        foreach (var (number, line) in lines)
        {
            var expressions = Expressions(line);
            if (expressions.Count < 2)
            {
                errors.Add(new FieldError("Text", $"Rad {number}: skriv minst två uttryck med kommatecken emellan, till exempel \"bvc, barnavårdscentral\"."));
                continue;
            }

            foreach (var expression in expressions)
            {
                if (expression.Length > MaxExpressionLength || expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxExpressionWords)
                {
                    errors.Add(new FieldError("Text", $"Rad {number}: \"{Shorten(expression)}\" är för långt. Ett uttryck får ha högst {MaxExpressionWords} ord."));
                }
            }
        }

        return errors;
    }

    private static IEnumerable<(int Number, string Text)> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((line, index) => (Number: index + 1, Text: line.Trim()))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'));

    private static List<string> Expressions(string line) =>
        [.. line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
