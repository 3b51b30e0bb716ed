using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>The Kakao channel's part of "delete my data": messages still waiting for the survivor's next request go.</summary>
public sealed class KakaoOutboxEraser(IKakaoOutbox outbox) : IDataEraser
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
}
