using Microsoft.Bot.Builder;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The turn side of the Kakao channel: runs a conversation's turns one after another through <see cref="KakaoAdapter"/>
/// and the bot, delivers a turn that finished after its request was answered (by callback, or kept in the outbox for
/// the survivor's next message), and composes what one skill response carries. Knows nothing of HTTP; the skill
/// endpoint (<see cref="KakaoSkillHandler"/>) decides when to wait and what to answer.
/// </summary>
public sealed class KakaoTurnCoordinator(
    KakaoAdapter adapter,
    IBot bot,
    KakaoIdentity identity,
    KakaoReplyComposer composer,
    KakaoCallbackSender callbacks,
    KakaoTurnQueue turns,
    IKakaoOutbox outbox,
    ITextCatalog texts,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<KakaoTurnCoordinator> logger)
{
    /// <summary>
    /// Queues the request's turn after the conversation's previous one. It runs to the end even when nobody waits for it
    /// any more (stopped only when the app stops); the <paramref name="claim"/> decides who delivers its replies. The
    /// same request again while its turn is unfinished joins that turn (<c>Joined</c>; its claim is then unused):
    /// Kakao's payload carries no request id, and the survivor cannot have seen an answer to words still being answered.
    /// </summary>
    public (Task<KakaoTurnResult> Turn, bool Joined) Start(KakaoSkillRequest request, string conversationId, KakaoTurnClaim claim, Language guess, DateTimeOffset received) =>
        turns.Run(conversationId, KakaoRequestDigest.Of(request), ct => RunTurnAsync(request, conversationId, claim, guess, received, ct), lifetime.ApplicationStopping);

    /// <summary>The conversation's unfinished turn, if any (a "more" request may wait for it).</summary>
    public Task<KakaoTurnResult>? InFlight(string conversationId) => turns.Current(conversationId);

    /// <summary>
    /// What a skill response carries now: the messages that waited first, then <paramref name="result"/>'s replies;
    /// what does not fit waits again for the next request. With nothing at all, says there is nothing more.
    /// </summary>
    public async Task<KakaoReply> TakeReplyAsync(string conversationId, KakaoTurnResult? result, Language language)
    {
        var replies = result is null ? [] : Convert(result);
        var pending = await outbox.DrainAsync(conversationId, CancellationToken.None);
        var reply = pending.Count + replies.Count == 0
            ? new KakaoReply([texts.Get(KakaoText.NothingMore, language)], [], [])
            : composer.Compose(pending, replies, language);
        await outbox.ReturnAsync(conversationId, reply.Leftover, CancellationToken.None);
        return reply;
    }

    private async Task<KakaoTurnResult> RunTurnAsync(KakaoSkillRequest request, string conversationId, KakaoTurnClaim claim, Language guess, DateTimeOffset received, CancellationToken cancellationToken)
    {
        KakaoTurnResult result;
        try
        {
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

    private IReadOnlyList<KakaoPendingMessage> Convert(KakaoTurnResult result)
    {
        var now = clock.GetUtcNow();
        return result.Replies.Select(a => KakaoActivityConverter.Convert(a, now)).OfType<KakaoPendingMessage>().ToList();
    }
}
