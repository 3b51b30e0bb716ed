using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Records;

/// <summary>
/// The records' HTTP surface: the public keys, a record by case code (<c>POST /api/records</c>, JSON or PDF by
/// <c>Accept</c>), one-time downloads, and verification (<c>POST /api/records/verify</c>, JSON or PDF). Nothing about
/// a record is ever cached: every response that carries one says <c>no-store</c>.
/// </summary>
public static class RecordsEndpoints
{
    public const string RecordsPath = "/api/records";
    public const string VerifyApiPath = "/api/records/verify";
    public const long MaxUploadBytes = 10 * 1024 * 1024;
    private const string PdfType = "application/pdf";

    public static IEndpointRouteBuilder MapReportBotRecords(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CaseRecords.KeysPath, async (RecordKeyRing keys, HttpContext context, ILogger<RecordKeyRing> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                var published = await keys.PublishedAsync(cancellationToken).ConfigureAwait(false);
                context.Response.Headers.CacheControl = "public, max-age=300";
                context.Response.Headers.AccessControlAllowOrigin = "*";
                return Results.Json(new { keys = published.Values });
            }
            catch (StorageUnavailableException failure)
            {
                RecordsLog.RequestFailed(logger, SafeLog.Describe(failure));
                return Unavailable();
            }
        });

        endpoints.MapPost(RecordsPath, GetRecordAsync).WithMetadata(new RequestSizeLimitAttribute(16 * 1024));
        endpoints.MapGet(RecordLinks.DownloadPath + "{id}", DownloadAsync);
        endpoints.MapPost(VerifyApiPath, VerifyAsync).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        return endpoints;
    }

    /// <summary>Reads <c>{"caseCode": "..."}</c>; null when the body is not that.</summary>
    internal static async Task<T?> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, JsonOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The origin links in a record point to: the configured public address, else this request's.</summary>
    internal static string Origin(HttpRequest request, RecordsOptions options) => RecordLinks.Origin(request, options) ?? string.Empty;

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    private static async Task<IResult> GetRecordAsync(HttpContext context, CaseRecords records, CodeLookupThrottle throttle, IOptions<RecordsOptions> options, ILogger<CaseRecords> logger, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var body = await ReadJsonAsync<CaseCodeRequest>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body?.CaseCode is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Send {\"caseCode\": \"...\"}.");
        }

        var caseKey = await FindCaseAsync(context, body.CaseCode, records, throttle, logger, cancellationToken).ConfigureAwait(false);
        if (caseKey.Result is { } refused)
        {
            return refused;
        }

        return await RespondAsync(context, records, caseKey.Key!, options.Value, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case behind a typed code, or the refusal: 429 while paused, 404 for a wrong code (counted).</summary>
    internal static async Task<(string? Key, IResult? Result)> FindCaseAsync(HttpContext context, string? code, CaseRecords records, CodeLookupThrottle throttle, ILogger logger, CancellationToken cancellationToken)
    {
        if (throttle.IsPaused(context))
        {
            context.Response.Headers.RetryAfter = ((int)Dialogs.Conversations.CaseCodeDialog.Pause.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (null, Problem(StatusCodes.Status429TooManyRequests, "Too many wrong codes; try again later."));
        }

        string? key;
        try
        {
            key = await records.FindAsync(code, cancellationToken).ConfigureAwait(false);
        }
        catch (CaseCodeHashingBusyException)
        {
            // Full for a moment: not a wrong code, so nothing is counted against the caller.
            RecordsLog.HashingBusy(logger);
            context.Response.Headers.RetryAfter = "2";
            return (null, Problem(StatusCodes.Status503ServiceUnavailable, "Many codes are being checked right now; try again in a moment."));
        }

        if (key is null)
        {
            throttle.Failed(context);
            RecordsLog.CodeMismatch(logger);
            if (throttle.IsPaused(context))
            {
                RecordsLog.CodeChecksPaused(logger);
            }

            return (null, Problem(StatusCodes.Status404NotFound, "No case with that code."));
        }

        throttle.Succeeded(context);
        return (key, null);
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext context, RecordLinks links, CaseRecords records, IOptions<RecordsOptions> options, RecordsPages pages, ILogger<CaseRecords> logger, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var caseKey = await links.RedeemAsync(id, cancellationToken).ConfigureAwait(false);
        if (caseKey is null)
        {
            RecordsLog.LinkRefused(logger);
            return pages.LinkGone(context);
        }

        context.Request.Headers.Accept = PdfType;
        return await RespondAsync(context, records, caseKey, options.Value, logger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RespondAsync(HttpContext context, CaseRecords records, string caseKey, RecordsOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        JsonObject? signed;
        try
        {
            signed = await records.SignedAsync(caseKey, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException failure)
        {
            RecordsLog.RequestFailed(logger, SafeLog.Describe(failure));
            return Unavailable();
        }

        if (signed is null)
        {
            return Problem(StatusCodes.Status404NotFound, "No case with that code.");
        }

        var wantsPdf = context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(PdfType, StringComparison.OrdinalIgnoreCase));
        RecordsLog.RecordIssued(logger, wantsPdf ? "pdf" : "json");
        if (wantsPdf)
        {
            var pdf = records.Pdf(signed, Origin(context.Request, options));
            return Results.File(pdf, PdfType, CaseRecords.FileName(signed, "pdf"));
        }

        return Results.Text(signed.ToJsonString(), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> VerifyAsync(HttpContext context, RecordSigner signer, ILogger<RecordSigner> logger, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "A record file is at most 10 MB.");
        }

        var bytes = buffer.ToArray();
        var json = bytes.AsSpan().StartsWith("%PDF"u8) ? RecordPdf.ExtractSignedJson(bytes) : Encoding.UTF8.GetString(bytes);
        RecordVerification result;
        try
        {
            result = json is null ? RecordVerification.Malformed : await signer.VerifyAsync(json, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException failure)
        {
            // The published keys could not be read: say so rather than call a good record invalid.
            RecordsLog.RequestFailed(logger, SafeLog.Describe(failure));
            return Unavailable();
        }

        RecordsLog.RecordVerified(logger, result.Valid, result.Reason ?? "none");
        var record = result.Valid ? JsonNode.Parse(json!)!["record"] : null;
        return Results.Json(new { valid = result.Valid, signedAt = result.SignedAt, keyId = result.KeyId, reason = result.Reason, record });
    }

    private static IResult Unavailable() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Storage is unavailable; nothing was lost. Try again shortly.");

    private static IResult Problem(int status, string detail) => Results.Json(new { status, detail }, statusCode: status);
}
