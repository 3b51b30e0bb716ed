using System.Globalization;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /v3/directline/conversations/{id}/stream?t=TOKEN&amp;watermark=W</c>: the WebSocket stream. A browser cannot
/// put an Authorization header on a WebSocket, so the <c>streamUrl</c> carries the conversation's token, as the
/// Direct Line service's does.
/// </summary>
public static class DirectLineStreamEndpoint
{
    /// <summary>The <c>streamUrl</c> for a conversation: same host as the request, ws or wss to match it.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }

    public static RouteGroupBuilder MapStream(this RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return group;
    }

    private static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokenService tokens, IDirectLineConversationStore store, TimeProvider clock, ILogger<DirectLineChannel> logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("This address takes a WebSocket connection.");
        }

        var check = tokens.Check(t ?? string.Empty);
        if (check.Status == TokenStatus.Expired)
        {
            DirectLineLog.Refused(logger, "expired stream token");
            return DirectLineResults.TokenExpired();
        }

        if (check.Status != TokenStatus.Valid || !string.Equals(check.ConversationId, conversationId, StringComparison.Ordinal))
        {
            DirectLineLog.Refused(logger, "stream token not valid for the conversation");
            return DirectLineResults.Forbidden();
        }

        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return DirectLineResults.BadArgument("watermark must be a value this service returned.");
        }

        if (await store.FindAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineResults.ConversationNotFound();
        }

        using var slot = store.TryOpenStream(conversationId);
        if (slot is null)
        {
            DirectLineLog.Refused(logger, "too many streams for one conversation");
            return DirectLineResults.TooManyStreams();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await DirectLineStream.RunAsync(socket, conversationId, after, store, check.ExpiresAt, clock, context.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }
}
