using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Halsoportal.Dialog;

/// <summary>The <c>Halsoportal:Dialog</c> configuration section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Halsoportal:Dialog";

    /// <summary>Most submissions committed in one transaction by the writer.</summary>
    [Range(1, 5000)]
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// How long the writer waits for more submissions after the first of a batch arrived (0 =
    /// commit at once; what arrives during a commit forms the next batch anyway).
    /// </summary>
    [Range(0, 50)]
    public int BatchLingerMilliseconds { get; set; }

    /// <summary>Submissions waiting for the writer before callers wait too (back-pressure).</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How long a survey definition is cached by the submission engine, in seconds.</summary>
    [Range(0, 3600)]
    public int SurveyCacheSeconds { get; set; } = 5;

    /// <summary>
    /// Base64 of at least 32 random bytes that signs idempotency keys. Every node of an install
    /// needs the same one. Empty: a secret is made once and kept in <c>dialog-key.bin</c> in the
    /// data folder (enough for one machine).
    /// </summary>
    public string? IdempotencySecret { get; set; }
}

/// <summary>Checks <see cref="DialogOptions"/> with messages written for the operator.</summary>
public sealed class DialogOptionsValidator : IValidateOptions<DialogOptions>
{
    public ValidateOptionsResult Validate(string? name, DialogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.IdempotencySecret))
        {
            return ValidateOptionsResult.Success;
        }

        var bytes = new byte[options.IdempotencySecret.Length];
        if (!Convert.TryFromBase64String(options.IdempotencySecret, bytes, out var length) || length < 32)
        {
            return ValidateOptionsResult.Fail(
                $"{DialogOptions.SectionName}:IdempotencySecret must be base64 of at least 32 random bytes (for example the output of `openssl rand -base64 32`).");
        }

        return ValidateOptionsResult.Success;
    }
}
