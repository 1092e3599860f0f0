using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// The largest request body each endpoint takes (security.md item 9): one byte over is a 413 —
/// the Swedish error page for people, ProblemDetails under <c>/api</c> — and nothing more is read.
/// Every POST route has a row in <see cref="Posts"/> (a test fails for one without); a route not
/// listed takes no body at all, whatever the method. Forms are read here, within the limit and
/// <see cref="MaxFormValues"/>, so every later reader (antiforgery, model binding) gets the cached form.
/// </summary>
public static class BodyLimits
{
    /// <summary>A resident's short form (the accessibility report: 4 000 characters and some fields, percent-encoded).</summary>
    public const long PublicForm = 64 * 1024;

    /// <summary>Survey answers: several free-text answers of up to a few thousand characters each.</summary>
    public const long DialogAnswers = 256 * 1024;

    /// <summary>Sign-in and sign-out: an e-mail address, a password, a code.</summary>
    public const long SignIn = 16 * 1024;

    /// <summary>Backoffice forms: an article with its translations and easy-to-read text, a survey, a synonym list.</summary>
    public const long EditorForm = 2 * 1024 * 1024;

    /// <summary>The image upload: its own filter sets the limit from <c>Media:MaxBytes</c> (<see cref="Editor.Media.UploadLimitFilter"/>).</summary>
    public const long OwnFilter = -1;

    /// <summary>A write to the read-only API: refused with 405 without reading the body, which may be this large.</summary>
    public const long RefusedWrite = 16 * 1024;

    /// <summary>No body: routes without a row (GET pages, static files) and the health probe.</summary>
    public const long NoBody = 0;

    /// <summary>Form fields per request, for every form (the framework's default, stated here so a test holds it).</summary>
    public const int MaxFormValues = 1024;

    /// <summary>Every route that takes a POST, as routing spells it, and its limit.</summary>
    public static IReadOnlyDictionary<string, long> Posts { get; } = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        // Residents.
        ["/tillganglighetsredogorelse/rapportera"] = PublicForm,
        ["/{kommun}/dialog"] = PublicForm,
        ["/{kommun}/dialog/{slug}/svara/{sprak?}"] = DialogAnswers,

        // The error page is re-executed for failed POSTs; posted to directly it takes only a small form.
        ["/fel/{code:int}"] = PublicForm,

        // Signing in and out.
        ["/redaktor/logga-in"] = SignIn,
        ["/redaktor/logga-in/kod"] = SignIn,
        ["/redaktor/logga-ut"] = SignIn,
        ["/redaktor/konto/tvastegsverifiering"] = SignIn,

        // The backoffice.
        ["/redaktor/aterstall/{key:regex(^[0-9a-f]{{64}}$)}"] = EditorForm,
        [@"/redaktor/nyckelsidor/{kommun:regex(^\d{{4}}$)}"] = EditorForm,
        [@"/redaktor/lokala-tillagg/{articleId:int}/{kommun:regex(^\d{{4}}$)}"] = EditorForm,
        ["/redaktor/kommuner"] = EditorForm,
        [@"/redaktor/kommuner/{code:regex(^\d{{4}}$)}"] = EditorForm,
        ["/redaktor/api-nycklar"] = EditorForm,
        ["/redaktor/synonymer"] = EditorForm,
        ["/redaktor/amnen"] = EditorForm,
        ["/redaktor/amnen/{id:int}"] = EditorForm,
        ["/redaktor/anvandare"] = EditorForm,
        ["/redaktor/dialoger/ny"] = EditorForm,
        ["/redaktor/dialoger/{id:int}"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/fragor/ny"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/fragor/{questionId:int}"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/aterkoppling"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/koder"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/installningar"] = EditorForm,
        ["/redaktor/dialoger/{id:int}/oversattningar/{sprak?}"] = EditorForm,
        ["/redaktor/kontaktpunkter/ny"] = EditorForm,
        ["/redaktor/kontaktpunkter/{id:int}"] = EditorForm,
        ["/redaktor/kontaktpunkter/{id:int}/publicering"] = EditorForm,
        ["/redaktor/kontaktpunkter/{id:int}/historik"] = EditorForm,
        ["/redaktor/sidor/{id:int}"] = EditorForm,
        ["/redaktor/bilder/{id:int}"] = EditorForm,
        ["/redaktor/bilder/ladda-upp"] = OwnFilter,
        ["/redaktor/artiklar/ny"] = EditorForm,
        ["/redaktor/artiklar/{id:int}"] = EditorForm,
        ["/redaktor/artiklar/{id:int}/publicering"] = EditorForm,
        ["/redaktor/artiklar/{id:int}/historik"] = EditorForm,
        ["/redaktor/artiklar/{id:int}/forhandsvisning"] = EditorForm,
        ["/redaktor/tillganglighet"] = EditorForm,
        ["/redaktor/tillganglighet/brister/ny"] = EditorForm,
        ["/redaktor/tillganglighet/brister/{id:int}"] = EditorForm,
        ["/redaktor/tillganglighet/rapporter"] = EditorForm,

        // Writes to the API, any method, are refused (405, as a client expects); a load balancer's probe takes no body.
        ["/api/{**rest}"] = RefusedWrite,
        ["/health"] = NoBody,
    };

    /// <summary>The limit for this request: its route's row, otherwise none.</summary>
    public static long For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } raw } && Posts.TryGetValue("/" + raw.TrimStart('/'), out var limit)
            ? limit
            : NoBody;
    }

    /// <summary>The middleware: after routing, before authentication, antiforgery and model binding.</summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executed for a refused or failed request: the body was dealt with already.
        var limit = For(context);
        if (limit == OwnFilter || context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
        if (!hasBody)
        {
            await next(context);
            return;
        }

        if (request.ContentLength > limit)
        {
            Refuse(context);
            return;
        }

        // A body without Content-Length (chunked) is counted as it arrives, here rather than by Kestrel's
        // MaxRequestBodySize, which refused a chunked body of exactly the limit (KestrelBodyLimitTests).
        // Kestrel's own default (30 MB) stays as the outer bound.
        request.Body = new LimitedStream(request.Body, limit);
        if (request.HasFormContentType)
        {
            try
            {
                var form = new FormFeature(request, new FormOptions
                {
                    ValueCountLimit = MaxFormValues,
                    ValueLengthLimit = (int)Math.Min(int.MaxValue, limit),
                    MultipartBodyLengthLimit = limit,
                });
                context.Features.Set<IFormFeature>(form);
                await form.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is BodyTooLargeException
                || ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (ex is InvalidDataException && IsFormLimit(ex)))
            {
                Refuse(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            catch (InvalidDataException)
            {
                // A form the framework cannot read (a NUL in a value, a broken multipart boundary): the
                // request is malformed, not too large.
                Refuse(context, StatusCodes.Status400BadRequest);
                return;
            }
        }

        await next(context);
    });

    private static void Refuse(HttpContext context, int status = StatusCodes.Status413PayloadTooLarge)
    {
        // An empty form for whatever runs next (the Swedish error page is re-executed with this request).
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = status;
        context.Response.Headers.Connection = "close";
    }

    /// <summary>
    /// The form reader's own limits (value count, key and value length, multipart body and headers)
    /// throw <see cref="InvalidDataException"/> with "limit" in the message, as a malformed form does
    /// without it; the framework gives them no other mark.
    /// </summary>
    private static bool IsFormLimit(Exception ex) => ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private sealed class BodyTooLargeException() : IOException("The request body is larger than this endpoint takes.");

    /// <summary>Throws <see cref="BodyTooLargeException"/> on the first byte past the limit.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BodyTooLargeException() : read;
        }
    }
}
