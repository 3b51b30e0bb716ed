using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The HTTP side of the Kakao skill endpoint: checks the caller, reads and validates the skill request, hands the turn
/// to <see cref="KakaoTurnCoordinator"/> and answers in Kakao's response format within the reply budget. When the turn
/// is late, it says so ("more", or "use callback") and leaves delivery to the coordinator.
/// </summary>
public sealed class KakaoSkillHandler(
    KakaoTurnCoordinator coordinator,
    KakaoIdentity identity,
    KakaoCallbackSender callbacks,
    KakaoReplyComposer composer,
    ITextCatalog texts,
    IOptions<KakaoOptions> options,
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
        var (turn, joined) = coordinator.Start(request, conversationId, claim, language, received);
        if (!await EndsWithinBudgetAsync(turn, http.RequestAborted))
        {
            if (joined)
            {
                // The first delivery of these words decides how the late answer goes out; this one offers "more".
                await WriteAsync(http, StatusCodes.Status200OK, StillWorking(language));
                return;
            }

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
        await AnswerAsync(http, conversationId, result, result.Language ?? language);
    }

    // "More": the rest of a long answer, messages that waited, or a late answer once it is ready.
    private async Task AnswerMoreAsync(HttpContext http, string conversationId, Language language)
    {
        if (coordinator.InFlight(conversationId) is { } inFlight && !await EndsWithinBudgetAsync(inFlight, http.RequestAborted))
        {
            await WriteAsync(http, StatusCodes.Status200OK, StillWorking(language));
            return;
        }

        await AnswerAsync(http, conversationId, null, language);
    }

    private async Task AnswerAsync(HttpContext http, string conversationId, KakaoTurnResult? result, Language language) =>
        await WriteAsync(http, StatusCodes.Status200OK, KakaoSkillResponse.Template(await coordinator.TakeReplyAsync(conversationId, result, language)));

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
