using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line channel's part of "delete my data": the messages the web chat can still read back are dropped
/// at once, and the conversation's tokens can no longer read, post or be refreshed (see
/// <see cref="IDirectLineConversationStore.EraseAsync"/>).
/// </summary>
public sealed class DirectLineDataEraser(IDirectLineConversationStore store, ILogger<DirectLineDataEraser> logger) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        if (!request.WholeConversation || !string.Equals(request.ChannelId, DirectLineAdapter.ChannelId, StringComparison.Ordinal))
        {
            return ErasureResult.Nothing;
        }

        var held = await store.EraseAsync(request.ConversationId, ct).ConfigureAwait(false);
        DirectLineLog.Erased(logger, held ? "its messages were dropped" : "nothing was held");
        return held ? ErasureResult.Of(ErasedItem.ConversationState) : ErasureResult.Nothing;
    }
}
