namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Messages waiting per conversation until the survivor's next skill request (Kakao's skill model has no push).
/// Bounded: an enqueue that does not fit is refused, never dropped silently.
/// </summary>
public interface IKakaoOutbox
{
    /// <summary>Adds messages at the end of a conversation's queue; false (and nothing added) when they do not fit.</summary>
    ValueTask<bool> TryEnqueueAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken);

    /// <summary>Puts messages back at the front of the queue (the part of a batch that did not fit in a response).</summary>
    ValueTask ReturnAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken);

    /// <summary>Takes every waiting message of a conversation, oldest first.</summary>
    ValueTask<IReadOnlyList<KakaoPendingMessage>> DrainAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>How many messages are waiting.</summary>
    ValueTask<int> CountAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// "Delete my data": drops every waiting message of the conversation, and any queued before now that a request
    /// in flight tries to put back later. Returns how many were dropped.
    /// </summary>
    ValueTask<int> EraseAsync(string conversationId, CancellationToken cancellationToken);
}
