using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST routes under <c>/v3/directline</c>, enough for Bot Framework Web Chat and any
/// botframework-directlinejs client to talk to the bot with no Azure service in between, by polling or WebSocket.
/// </summary>
public static partial class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    /// <summary>Maps the Direct Line routes (see <see cref="DirectLineChannelRegistration.MapDirectLineChannel"/>).</summary>
    internal static IEndpointRouteBuilder MapDirectLineRoutes(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath)
            .WithMetadata(new RequestSizeLimitAttribute(ReportBotApp.MaxActivityBytes))
            .AddEndpointFilter(async (context, next) =>
            {
                // Tokens and message text must never sit in a browser or proxy cache.
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context).ConfigureAwait(false);
            });

        // Every route but the WebSocket stream (whose token rides in its URL) is behind the bearer check.
        var authorized = group.MapGroup(string.Empty).AddEndpointFilter<DirectLineAuthorization>();
        authorized.MapPost("/tokens/generate", GenerateTokenAsync);
        authorized.MapPost("/tokens/refresh", RefreshToken);
        authorized.MapPost("/conversations", StartConversationAsync);
        authorized.MapGet("/conversations/{conversationId}", ReconnectAsync);
        authorized.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        authorized.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapStream();
        return endpoints;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineTokenService tokens)
    {
        if (!DirectLineAuthorization.Caller(request.HttpContext).HasSecret)
        {
            return DirectLineResults.Forbidden();
        }

        var parameters = DirectLineJson.ReadObject(await ReadBodyAsync(request).ConfigureAwait(false));
        var userId = parameters?["user"] is JObject user && user["id"] is JValue { Type: JTokenType.String } id ? (string?)id : null;
        if (userId is not null && !UserIdPattern().IsMatch(userId))
        {
            return DirectLineResults.BadArgument("user.id must be 1 to 64 letters, digits or '_-.:'.");
        }

        var conversationId = DirectLineTokenService.NewConversationId();
        return DirectLineResults.Conversation(conversationId, tokens.Issue(conversationId, userId), tokens.ExpiresInSeconds);
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineTokenService tokens, IDirectLineConversationStore store, ILogger<DirectLineChannel> logger)
    {
        var caller = DirectLineAuthorization.Caller(request.HttpContext);
        if (caller.HasSecret)
        {
            return DirectLineResults.BadArgument("Refresh a token, not the secret.");
        }

        var conversationId = caller.ConversationId!;
        if (store.IsErased(conversationId))
        {
            // "Delete my data" ended this conversation: its tokens die with it.
            DirectLineLog.Refused(logger, "refresh for an erased conversation");
            return DirectLineResults.Forbidden();
        }

        return DirectLineResults.Conversation(conversationId, tokens.Issue(conversationId, caller.UserId), tokens.ExpiresInSeconds);
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineTokenService tokens, DirectLineChannel channel, IDirectLineConversationStore store, IBot bot, CancellationToken cancellationToken)
    {
        var caller = DirectLineAuthorization.Caller(request.HttpContext);
        var body = DirectLineJson.ReadObject(await ReadBodyAsync(request).ConfigureAwait(false));
        var locale = body?["locale"]?.Type == JTokenType.String ? LocaleOrNull((string?)body["locale"]) : null;
        var conversationId = caller.ConversationId ?? DirectLineTokenService.NewConversationId();
        if (store.IsErased(conversationId))
        {
            return DirectLineResults.ConversationNotFound();
        }

        var start = await channel.StartAsync(conversationId, caller.UserId, locale, caller.HasSecret ? "secret" : "token", bot, cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            return DirectLineResults.Busy();
        }

        var status = start.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        var token = tokens.Issue(conversationId, start.Conversation.UserId);
        var streamUrl = DirectLineStreamEndpoint.StreamUrl(request, conversationId, token, watermark: null);
        return DirectLineResults.Conversation(conversationId, token, tokens.ExpiresInSeconds, streamUrl, status);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var conversation = await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineResults.ConversationNotFound();
        }

        var token = tokens.Issue(conversationId, conversation.UserId);
        return DirectLineResults.Conversation(conversationId, token, tokens.ExpiresInSeconds, DirectLineStreamEndpoint.StreamUrl(request, conversationId, token, watermark));
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return DirectLineResults.BadArgument("watermark must be a value this service returned.");
        }

        var page = await store.ReadAsync(conversationId, after, DirectLineChannel.PageSize, cancellationToken).ConfigureAwait(false);
        return page is null ? DirectLineResults.ConversationNotFound() : DirectLineResults.ActivitySet(page);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, IDirectLineConversationStore store, DirectLineChannel channel,
        DirectLinePostLimiter limiter, ConversationOptions conversationOptions, IBot bot, ILogger<DirectLineChannel> logger, CancellationToken cancellationToken)
    {
        // Cheap refusals first (the bearer check already ran), before the body is read: a flood costs the bot as little as possible.
        if (!limiter.TryAcquire(conversationId))
        {
            DirectLineLog.Refused(logger, "posting too fast");
            return DirectLineResults.PostingTooFast();
        }

        if (request.ContentLength > DirectLineActivityLimits.MaxBodyBytes(conversationOptions.MaxMessageChars))
        {
            return DirectLineResults.MessageTooLong(conversationOptions.MaxMessageChars);
        }

        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        if (body.Length > DirectLineChannel.MaxActivityChars)
        {
            return DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "An activity may be at most 256K characters.");
        }

        var activity = DirectLineJson.ReadActivity(body);
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineResults.BadArgument("The body must be one activity with a 'type'.");
        }

        if (DirectLineActivityLimits.Check(activity, conversationOptions.MaxMessageChars) is { } tooBig)
        {
            // Refused before anything is stored or given to the bot.
            DirectLineLog.Refused(logger, "activity over the size limits");
            return tooBig;
        }

        var conversation = await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineResults.ConversationNotFound();
        }

        if (!DirectLineChannel.IsAccepted(activity.Type))
        {
            // The Direct Line service drops what clients may not send (conversationUpdate, endOfConversation...).
            return DirectLineResults.Json(new JObject { ["id"] = $"{conversationId}|dropped" });
        }

        if (!store.HasRoom)
        {
            DirectLineLog.StoreOverBudget(logger);
            return DirectLineResults.Busy();
        }

        try
        {
            var id = await channel.PostAsync(conversation, activity, bot, cancellationToken).ConfigureAwait(false);
            return DirectLineResults.Json(new JObject { ["id"] = id });
        }
        catch (DirectLineConversationNotFoundException)
        {
            return DirectLineResults.ConversationNotFound();
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static string? LocaleOrNull(string? locale) =>
        locale is not null && LocalePattern().IsMatch(locale) ? locale : null;

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LocalePattern();
}
