namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>Log lines about redelivered activities. None carries an id, a conversation or message text.</summary>
internal static partial class RedeliveryLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "An activity the conversation already took was delivered again on channel {Channel}; answered as the first time ({Replies} replies) without running the turn again.")]
    public static partial void Redelivered(ILogger logger, string channel, int replies);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Shredding the keys of expired redelivery replies failed ({Exception}); the next sweep tries again.")]
    public static partial void KeySweepFailed(ILogger logger, string exception);
}
