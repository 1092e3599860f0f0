using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Retention;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Storage;

/// <summary>
/// The dialog store, apart from the content database: answers are data about residents, with
/// their own retention, not editorial content. Portable types only (strings, ints, UTC DateTime,
/// DateOnly, byte[]), so PostgreSQL gets its own derived context and migrations later. Table
/// names are fixed here because the submission writer addresses them in SQL.
/// </summary>
public abstract class DialogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyKommun> SurveyKommuner => Set<SurveyKommun>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionOption> QuestionOptions => Set<QuestionOption>();

    public DbSet<SurveyStatusEntry> StatusEntries => Set<SurveyStatusEntry>();

    public DbSet<SurveyTranslationText> TranslationTexts => Set<SurveyTranslationText>();

    public DbSet<Response> Responses => Set<Response>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<InvitationBatch> InvitationBatches => Set<InvitationBatch>();

    public DbSet<InvitationCode> InvitationCodes => Set<InvitationCode>();

    public DbSet<ResultSnapshot> ResultSnapshots => Set<ResultSnapshot>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Survey>(e =>
        {
            e.ToTable("Surveys");
            e.Property(s => s.Slug).HasMaxLength(200);
            e.HasIndex(s => s.Slug).IsUnique();
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Purpose).HasMaxLength(4000);
            e.Property(s => s.PrivacyNotice).HasMaxLength(8000);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasMany(s => s.Kommuner).WithOne().HasForeignKey(k => k.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Timeline).WithOne().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Translations).WithOne().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.ClosesAt);
        });

        modelBuilder.Entity<SurveyKommun>(e =>
        {
            e.ToTable("SurveyKommuner");
            e.HasKey(k => new { k.SurveyId, k.KommunCode });
            e.Property(k => k.KommunCode).HasMaxLength(4);
            e.HasIndex(k => k.KommunCode);
        });

        modelBuilder.Entity<SurveyStatusEntry>(e =>
        {
            e.ToTable("SurveyStatusEntries");
            e.Property(t => t.Title).HasMaxLength(200);
            e.Property(t => t.Text).HasMaxLength(4000);
            e.Property(t => t.DecisionUrl).HasMaxLength(1000);
            e.HasIndex(t => new { t.SurveyId, t.Date });
        });

        modelBuilder.Entity<SurveyTranslationText>(e =>
        {
            // Keyed by survey, language and text key; a question's or option's texts are found by their ids in the
            // key, so a deleted question leaves at most unused rows, never a broken answer.
            e.ToTable("SurveyTranslationTexts");
            e.HasKey(t => new { t.SurveyId, t.Language, t.Key });
            e.Property(t => t.Language).HasMaxLength(SurveyTranslations.MaxLanguageLength);
            e.Property(t => t.Key).HasMaxLength(40);
            e.Property(t => t.Text).HasMaxLength(8000);
        });

        modelBuilder.Entity<Question>(e =>
        {
            e.ToTable("SurveyQuestions");
            e.Property(q => q.Text).HasMaxLength(1000);
            e.Property(q => q.Hint).HasMaxLength(1000);
            e.Property(q => q.ScaleMinLabel).HasMaxLength(100);
            e.Property(q => q.ScaleMaxLabel).HasMaxLength(100);
            e.HasIndex(q => new { q.SurveyId, q.Order });
            e.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(q => q.ShowWhenQuestion).WithMany().HasForeignKey(q => q.ShowWhenQuestionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(q => q.ShowWhenOption).WithMany().HasForeignKey(q => q.ShowWhenOptionId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(q => q.IsChoice);
            e.Ignore(q => q.UsesScale);
        });

        modelBuilder.Entity<QuestionOption>(e =>
        {
            e.ToTable("SurveyQuestionOptions");
            e.Property(o => o.Text).HasMaxLength(500);
            e.HasIndex(o => new { o.QuestionId, o.Order });
        });

        modelBuilder.Entity<Response>(e =>
        {
            e.ToTable("SurveyResponses");
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.SurveyId);
        });

        modelBuilder.Entity<Answer>(e =>
        {
            e.ToTable("SurveyAnswers");
            e.Property(a => a.Id).ValueGeneratedNever();
            // No foreign keys to questions and options: their indexes would put every answer row
            // in a dozen random B-tree pages, the main cost of a commit. Answers are validated
            // against the survey before they are written, and a survey's questions stop changing
            // in breaking ways once it has responses (SurveyService.HasResponsesAsync).
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("SurveyIdempotencyKeys");
            e.Property(i => i.Id).ValueGeneratedNever();
            e.Property(i => i.KeyHash).HasMaxLength(32);
            e.Property(i => i.SealedReceipt).HasMaxLength(32);
            e.HasIndex(i => new { i.SurveyId, i.KeyHash }).IsUnique();
        });

        modelBuilder.Entity<Receipt>(e =>
        {
            e.ToTable("SurveyReceipts");
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.CodeHash).HasMaxLength(32);
            e.HasIndex(r => r.CodeHash).IsUnique();
            e.HasIndex(r => r.SurveyId);
        });

        modelBuilder.Entity<InvitationBatch>(e =>
        {
            e.ToTable("InvitationBatches");
            e.Property(b => b.Label).HasMaxLength(200);
            e.HasOne<Survey>().WithMany().HasForeignKey(b => b.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<InvitationCode>(e =>
        {
            e.ToTable("InvitationCodes");
            e.Property(c => c.CodeHash).HasMaxLength(32);
            e.HasIndex(c => new { c.SurveyId, c.CodeHash }).IsUnique();
            e.HasOne<InvitationBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ResultSnapshot>(e =>
        {
            e.ToTable("SurveyResultSnapshots");
            e.HasKey(s => s.SurveyId);
            e.HasOne<Survey>().WithMany().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
