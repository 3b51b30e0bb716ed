namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Log lines of the Kakao channel. None carries a user key, a conversation id, an address or message text.</summary>
internal static partial class KakaoLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "The Kakao skill endpoint {Path} has no secret (Kakao:Secret): anyone who can reach it can post to it. Use this only on a trusted machine or network.")]
    public static partial void NoSecret(ILogger logger, string path);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "No Kakao:ConversationKey or Kakao:Secret is set: conversation ids are derived with the fixed development key.")]
    public static partial void DevelopmentKey(ILogger logger);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Kakao:ConversationKey is not set: conversation ids are derived from Kakao:Secret, so rotating the secret would start every Kakao conversation afresh. Set a separate, permanent Kakao:ConversationKey.")]
    public static partial void KeyFromSecret(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "The Kakao skill endpoint is served at {Path} (secret header {HeaderName}: {SecretSet}).")]
    public static partial void Serving(ILogger logger, string path, string headerName, bool secretSet);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "A Kakao skill request was refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "A Kakao turn took longer than {BudgetMs} ms; answering {How}.")]
    public static partial void TurnLate(ILogger logger, int budgetMs, string how);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Kakao callback delivered on attempt {Attempt} (HTTP {Status}).")]
    public static partial void CallbackDelivered(ILogger logger, int attempt, int status);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Kakao callback failed on attempt {Attempt}: {Reason}; the answer waits for the survivor's next message.")]
    public static partial void CallbackFailed(ILogger logger, int attempt, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "A Kakao callback URL was not used because it is not allowed by Kakao:CallbackHosts / Kakao:AllowInsecureCallback.")]
    public static partial void CallbackNotAllowed(ILogger logger);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "The Kakao outbox refused {Count} message(s): the conversation's queue or the outbox is full.")]
    public static partial void OutboxFull(ILogger logger, int count);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "{Count} Kakao message(s) wait for the survivor's next request.")]
    public static partial void Queued(ILogger logger, int count);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "A Kakao turn failed outside the bot's own error handling. {Exception}")]
    public static partial void BackgroundFailed(ILogger logger, string exception);
}
