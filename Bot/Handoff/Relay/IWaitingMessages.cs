namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// A channel's store of messages that wait for the survivor's next message (KakaoTalk has no push; Messenger holds
/// messages after its 24-hour window). When a case is erased, a counsellor's reply to its thread may still wait there,
/// in the conversation the survivor last wrote from, whichever conversation asked for the erasure.
/// </summary>
public interface IWaitingMessages
{
    /// <summary>Drops what waits for the conversation (nothing when it is not this channel's).</summary>
    Task DropAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
