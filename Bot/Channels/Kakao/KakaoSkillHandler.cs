using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The skill endpoint: checks the caller, reads the skill request, runs the turn through <see cref="KakaoAdapter"/>
/// and answers in Kakao's response format within the reply budget. A late turn finishes on its own and is
/// delivered by callback when the request allows it, else with the survivor's next message ("more").
/// </summary>
public sealed class KakaoSkillHandler(
    KakaoAdapter adapter,
    IServiceProvider services,
    KakaoIdentity identity,
    KakaoReplyComposer composer,
    KakaoCallbackSender callbacks,
    KakaoTurnQueue turns,
    IKakaoOutbox outbox,
    ITextCatalog texts,
    IOptions<KakaoOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<KakaoSkillHandler> logger)
{
    private readonly KakaoOptions _options = options.Value;
    private readonly byte[]? _secretHash = string.IsNullOrEmpty(options.Value.Secret) ? null : Hash(options.Value.Secret);

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleCheckedAsync(http);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // Never a stack trace to the caller: the bilingual apology in Kakao's format, the details in the log.
            KakaoLog.BackgroundFailed(logger, SafeLog.Describe(failure));
            if (!http.Response.HasStarted)
            {
                await WriteAsync(http, StatusCodes.Status500InternalServerError, KakaoSkillResponse.Error("internal", texts.Get(CommonText.ErrorBilingual, Language.Korean)));
            }
        }
    }

    private async Task HandleCheckedAsync(HttpContext http)
    {
        var received = clock.GetUtcNow();
        if (!Authorized(http.Request))
        {
            KakaoLog.Refused(logger, "missing or wrong secret header");
            await WriteAsync(http, StatusCodes.Status401Unauthorized, new JsonObject { ["error"] = "unauthorized" });
            return;
        }

        var body = await KakaoRequestBody.ReadAsync(http.Request, _options.MaxRequestBytes, http.RequestAborted);
        var request = body is null ? null : KakaoSkillRequestReader.Read(body);
        if (request is null)
        {
            var code = body is null ? "too_large" : "malformed";
            KakaoLog.Refused(logger, code);
            await WriteAsync(http, StatusCodes.Status400BadRequest, KakaoSkillResponse.Error(code, texts.Get(KakaoText.BadRequestBilingual, Language.Korean)));
            return;
        }

        if (_options.AllowedBotIds.Count > 0 && !_options.AllowedBotIds.Contains(request.BotId ?? string.Empty, StringComparer.Ordinal))
        {
            KakaoLog.Refused(logger, "bot id not allowed");
            await WriteAsync(http, StatusCodes.Status403Forbidden, new JsonObject { ["error"] = "forbidden" });
            return;
        }

        var conversationId = identity.ConversationId(request.BotId, request.UserId);
        var language = Guess(request.Utterance);
        if (IsMore(request))
        {
            await AnswerMoreAsync(http, conversationId, language);
            return;
        }

        var claim = new KakaoTurnClaim();
        var turn = turns.Run(conversationId, ct => RunTurnAsync(request, conversationId, claim, language, received, ct), lifetime.ApplicationStopping);
        if (!await EndsWithinBudgetAsync(turn, http.RequestAborted))
        {
            var callback = request.CallbackUrl is { } url && callbacks.IsAllowed(url) ? url : null;
            if (request.CallbackUrl is not null && callback is null)
            {
                KakaoLog.CallbackNotAllowed(logger);
            }

            if (claim.TryLeaveToTurn(callback))
            {
                KakaoLog.TurnLate(logger, _options.ReplyBudgetMilliseconds, callback is null ? "with a 'more' prompt" : "by callback");
                await WriteAsync(http, StatusCodes.Status200OK, callback is null
                    ? StillWorking(language)
                    : KakaoSkillResponse.UseCallback(texts.Get(KakaoText.Waiting, language)));
                return;
            }
        }

        var result = await turn;
        await AnswerAsync(http, conversationId, Convert(result), result.Language ?? language);
    }

    // "More": the rest of a long answer, messages that waited, or a late answer once it is ready.
    private async Task AnswerMoreAsync(HttpContext http, string conversationId, Language language)
    {
        if (turns.Current(conversationId) is { } inFlight && !await EndsWithinBudgetAsync(inFlight, http.RequestAborted))
        {
            await WriteAsync(http, StatusCodes.Status200OK, StillWorking(language));
            return;
        }

        await AnswerAsync(http, conversationId, [], language);
    }

    private async Task AnswerAsync(HttpContext http, string conversationId, IReadOnlyList<KakaoPendingMessage> replies, Language language)
    {
        var pending = await outbox.DrainAsync(conversationId, CancellationToken.None);
        var reply = pending.Count + replies.Count == 0
            ? new KakaoReply([texts.Get(KakaoText.NothingMore, language)], [], [])
            : composer.Compose(pending, replies, language);
        await outbox.ReturnAsync(conversationId, reply.Leftover, CancellationToken.None);
        await WriteAsync(http, StatusCodes.Status200OK, KakaoSkillResponse.Template(reply));
    }

    private async Task<KakaoTurnResult> RunTurnAsync(KakaoSkillRequest request, string conversationId, KakaoTurnClaim claim, Language guess, DateTimeOffset received, CancellationToken cancellationToken)
    {
        KakaoTurnResult result;
        try
        {
            var bot = services.GetRequiredService<IBot>();
            result = await adapter.ProcessAsync(KakaoActivityFactory.Create(request, conversationId, identity, clock.GetUtcNow()), bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception failure) when (!claim.TryTakeByRequest())
        {
            // Nobody waits for this turn any more: log it here (the waiting request would have answered 500).
            KakaoLog.BackgroundFailed(logger, SafeLog.Describe(failure));
            return new KakaoTurnResult([], null);
        }

        if (claim.TryTakeByRequest())
        {
            return result;
        }

        // The request was answered without this turn: deliver its replies now, by callback or with the next message.
        try
        {
            await DeliverLateAsync(conversationId, claim.CallbackUrl, Convert(result), result.Language ?? guess, received, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            KakaoLog.BackgroundFailed(logger, SafeLog.Describe(failure));
        }

        return result;
    }

    private async Task DeliverLateAsync(string conversationId, Uri? callbackUrl, IReadOnlyList<KakaoPendingMessage> replies, Language language, DateTimeOffset received, CancellationToken cancellationToken)
    {
        if (callbackUrl is null)
        {
            await outbox.ReturnAsync(conversationId, replies, cancellationToken);
            return;
        }

        var pending = await outbox.DrainAsync(conversationId, cancellationToken);
        var reply = composer.Compose(pending, replies, language);
        var delivered = await callbacks.SendAsync(callbackUrl, KakaoSkillResponse.Template(reply), received, cancellationToken);
        await outbox.ReturnAsync(conversationId, delivered ? reply.Leftover : pending.Concat(replies).ToList(), CancellationToken.None);
    }

    private async Task<bool> EndsWithinBudgetAsync(Task turn, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(TimeSpan.FromMilliseconds(_options.ReplyBudgetMilliseconds), clock, budget.Token);
        var first = await Task.WhenAny(turn, delay);
        await budget.CancelAsync();
        return first == turn;
    }

    private JsonObject StillWorking(Language language)
    {
        var more = texts.Get(KakaoText.More, language);
        var reply = new KakaoReply(
            [texts.Get(KakaoText.StillWorking, language, ("more", more))],
            composer.Cap([new KakaoQuickReply(more, more, KakaoReplyComposer.MoreCommand)]),
            []);
        return KakaoSkillResponse.Template(reply);
    }

    private IReadOnlyList<KakaoPendingMessage> Convert(KakaoTurnResult result)
    {
        var now = clock.GetUtcNow();
        return result.Replies.Select(a => KakaoActivityConverter.Convert(a, now)).OfType<KakaoPendingMessage>().ToList();
    }

    private bool Authorized(HttpRequest request)
    {
        if (_secretHash is null)
        {
            return true;
        }

        var presented = request.Headers[_options.HeaderName];
        // Hashing both sides first makes the comparison independent of the presented value's length.
        return presented.Count == 1 && CryptographicOperations.FixedTimeEquals(Hash(presented[0] ?? string.Empty), _secretHash);
    }

    private static bool IsMore(KakaoSkillRequest request) =>
        request.ClientExtra?[KakaoSkillResponse.ExtraKey] is JsonValue value
        && value.TryGetValue<string>(out var command)
        && command == KakaoReplyComposer.MoreCommand;

    // The language for the adapter's own words when the dialogs have not said: from the words themselves.
    private static Language Guess(string utterance) =>
        LanguageExtensions.LooksEnglish(utterance) ? Language.English : Language.Korean;

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(body.ToJsonString(KakaoSkillResponse.JsonOptions), http.RequestAborted);
    }
}
