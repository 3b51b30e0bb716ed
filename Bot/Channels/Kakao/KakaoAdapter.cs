using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The in-process adapter behind the Kakao skill endpoint. A skill turn's replies are collected and returned to
/// the endpoint, which answers Kakao with them. Anything sent outside a skill turn (a proactive message through
/// <see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>,
/// e.g. a counsellor's) goes into the conversation's <see cref="IKakaoOutbox"/> and reaches the survivor with
/// their next message, because Kakao's skill model has no push. Same middleware and error handler as every adapter.
/// </summary>
public sealed class KakaoAdapter : InProcessChannelAdapter
{
    public const string ChannelId = "kakao";

    private const string RepliesKey = "ReportBot.Kakao.Replies";
    private const string RefusedKey = "ReportBot.Kakao.Refused";
    private readonly IKakaoOutbox _outbox;
    private readonly TimeProvider _clock;
    private readonly ILogger<KakaoAdapter> _logger;

    public KakaoAdapter(
        TurnErrorHandler errorHandler,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        IKakaoOutbox outbox,
        TimeProvider clock,
        ILogger<KakaoAdapter> logger)
        : base(errorHandler, middleware)
    {
        _outbox = outbox;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Runs one skill turn through the middleware and the bot, and returns what the bot said.</summary>
    public async Task<KakaoTurnResult> ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        using var context = new TurnContext(this, activity);
        context.TurnState.Add(RepliesKey, replies);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        var language = DialogRunner.LanguageOf(context);
        lock (replies)
        {
            return new KakaoTurnResult(replies.ToList(), language);
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray();
        var wanted = activities.Where(a => a.Type == ActivityTypes.Message).ToList();
        if (turnContext.TurnState.Get<List<Activity>>(RepliesKey) is { } replies)
        {
            lock (replies)
            {
                replies.AddRange(wanted);
            }

            return responses;
        }

        // Outside a skill turn: keep the messages for the survivor's next request.
        foreach (var group in wanted.GroupBy(a => a.Conversation?.Id))
        {
            if (string.IsNullOrEmpty(group.Key))
            {
                throw new InvalidOperationException("A proactive Kakao message needs a conversation reference with a conversation id.");
            }

            var now = _clock.GetUtcNow();
            var pending = group.Select(a => KakaoActivityConverter.Convert(a, now)).OfType<KakaoPendingMessage>().ToList();
            if (!await _outbox.TryEnqueueAsync(group.Key, pending, cancellationToken).ConfigureAwait(false))
            {
                KakaoLog.OutboxFull(_logger, pending.Count);
                turnContext.TurnState[RefusedKey] = true;
                throw new KakaoOutboxFullException();
            }

            KakaoLog.Queued(_logger, pending.Count);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("KakaoTalk messages cannot be changed once sent.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("KakaoTalk messages cannot be deleted by the bot.");

    // A proactive turn: what the callback sends is queued. The shared error handler sees a refusal like any other
    // failure, but the caller is told too (the pipeline would otherwise swallow it).
    protected override async Task ContinueAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(continuation.Conversation?.Id))
        {
            throw new ArgumentException("A Kakao conversation reference needs a conversation id.", nameof(continuation));
        }

        continuation.ChannelId ??= ChannelId;
        using var context = new TurnContext(this, continuation);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        if (context.TurnState.Get<object>(RefusedKey) is true)
        {
            throw new KakaoOutboxFullException();
        }
    }
}
