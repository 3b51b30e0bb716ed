using ReportBot.Bot.Handoff.Relay;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The Kakao channel's part of "delete my data": messages still waiting for the survivor's next request go; and, when
/// a case is erased, what waits in the Kakao conversation its thread last answered to (a counsellor's reply to it).
/// </summary>
public sealed class KakaoOutboxEraser(IKakaoOutbox outbox) : IDataEraser, IWaitingMessages
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        if (!request.WholeConversation || !string.Equals(request.ChannelId, KakaoAdapter.ChannelId, StringComparison.Ordinal))
        {
            return ErasureResult.Nothing;
        }

        var dropped = await outbox.EraseAsync(request.ConversationId, ct).ConfigureAwait(false);
        return dropped > 0 ? ErasureResult.Of(ErasedItem.ConversationState) : ErasureResult.Nothing;
    }

    public async Task DropAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        if (string.Equals(channelId, KakaoAdapter.ChannelId, StringComparison.Ordinal))
        {
            await outbox.EraseAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
    }
}
