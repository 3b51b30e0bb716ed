namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>What the Direct Line channel logs: counts and outcomes only, never ids, message text or addresses.</summary>
public static partial class DirectLineLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "A Direct Line conversation started ({Started} by {Caller}).")]
    public static partial void ConversationStarted(ILogger logger, string started, string caller);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "The Direct Line conversation store is full ({Max} conversations); a new conversation was refused. Raise DirectLine:MaxConversations or lower DirectLine:IdleTimeout.")]
    public static partial void StoreFull(ILogger logger, int max);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Forgot {Count} idle Direct Line conversation(s).")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "A Direct Line request was refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Starting new Direct Line conversations was rate-limited for one client.")]
    public static partial void RateLimited(ILogger logger);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Error, Message = "The conversation-start turn failed on the Direct Line channel. {Exception}")]
    public static partial void StartTurnFailed(ILogger logger, string exception);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "The Direct Line store holds its whole byte budget (DirectLine:MaxTotalBytes); a client's post was refused.")]
    public static partial void StoreOverBudget(ILogger logger);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "A Direct Line conversation was erased ({Held}).")]
    public static partial void Erased(ILogger logger, string held);
}
