namespace ReportBot.Bot.Logging;

/// <summary>
/// Logging helpers that keep survivors' words out of the logs. Exception messages can carry fragments of input
/// (a parser quoting what it could not read), so only the exception's type and stack trace are written.
/// </summary>
public static partial class SafeLog
{
    /// <summary>A description of an exception without its message: types and stack frames only.</summary>
    public static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().FullName}{Environment.NewLine}{e.StackTrace}");
        }

        return string.Join(Environment.NewLine + " ---> ", parts);
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "A turn failed on channel {ChannelId} ({ActivityType}); the survivor was told and the conversation state was kept. {Exception}")]
    public static partial void TurnFailed(ILogger logger, string? channelId, string? activityType, string exception);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Bot Framework authentication is OFF: no MicrosoftAppId is configured, so /api/messages accepts unauthenticated requests. Use this only on a trusted machine or network.")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot Framework authentication is on ({AppType}).")]
    public static partial void AuthenticationEnabled(ILogger logger, string appType);
}
