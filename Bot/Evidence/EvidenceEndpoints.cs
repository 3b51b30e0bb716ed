using Microsoft.AspNetCore.Mvc;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Bot.Evidence;

/// <summary>
/// The evidence page's API, one endpoint: <c>POST /api/evidence</c> with the case code (in the body, never the
/// address) and, optionally, file digests or an address to log. Answers with the log as it now stands, the takedown
/// texts and the blocking services. Wrong codes count against the same brake as record look-ups.
/// </summary>
public static class EvidenceEndpoints
{
    public const string Path = "/api/evidence";

    public static IEndpointRouteBuilder MapReportBotEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).WithMetadata(new RequestSizeLimitAttribute(64 * 1024));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        CaseRecords records,
        CaseStore cases,
        CaseEvidence evidence,
        TakedownRequests takedowns,
        CodeLookupThrottle throttle,
        ILogger<CaseEvidence> logger,
        CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var body = await RecordsEndpoints.ReadJsonAsync<EvidenceRequest>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body?.CaseCode is null)
        {
            return Results.Json(new { status = 400, detail = "Send {\"caseCode\": \"...\"}." }, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var (caseKey, refused) = await RecordsEndpoints.FindCaseAsync(context, body.CaseCode, records, throttle, logger, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var outcome = (CaseEvidence.Outcome?)null;
            if (body.Files is { Count: > 0 } files)
            {
                outcome = await evidence.AddFilesAsync(caseKey!, files, cancellationToken).ConfigureAwait(false);
                RecordsLog.EvidenceLogged(logger, outcome.Value.ToString(), "files", files.Count);
            }
            else if (body.Url is not null)
            {
                outcome = await evidence.AddUrlAsync(caseKey!, body.Url, cancellationToken).ConfigureAwait(false);
                RecordsLog.EvidenceLogged(logger, outcome.Value.ToString(), "url", 1);
            }

            var stored = await cases.FindByKeyAsync(caseKey!, cancellationToken).ConfigureAwait(false);
            if (stored is null || outcome == CaseEvidence.Outcome.NoCase)
            {
                return Results.Json(new { status = 404, detail = "No case with that code." }, statusCode: StatusCodes.Status404NotFound);
            }

            var language = LanguageExtensions.FromCode(body.Language) ?? LanguageExtensions.FromCode(stored.Language) ?? Language.Korean;
            var status = outcome switch
            {
                CaseEvidence.Outcome.Invalid => StatusCodes.Status400BadRequest,
                CaseEvidence.Outcome.Full => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status200OK,
            };
            return Results.Json(
                new
                {
                    outcome = outcome?.ToString().ToLowerInvariant(),
                    limits = new { files = EvidenceLog.MaxFiles, urls = EvidenceLog.MaxUrls },
                    files = stored.Evidence?.Files.Select(f => new { sha256 = f.Sha256, size = f.Size, type = f.MediaType, label = f.Label, madeOn = f.ClaimedMadeOn, recordedAt = RecordTime.Display(f.RecordedAt) }) ?? [],
                    urls = stored.Evidence?.Urls.Select(u => new { url = u.Url, recordedAt = RecordTime.Display(u.RecordedAt) }) ?? [],
                    takedowns = takedowns.Takedowns(stored.Evidence, language),
                    blocking = takedowns.Blocking(language),
                },
                statusCode: status);
        }
        catch (StorageUnavailableException failure)
        {
            RecordsLog.RequestFailed(logger, SafeLog.Describe(failure));
            return Results.Json(new { status = 503, detail = "Storage is unavailable; nothing was lost. Try again shortly." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
