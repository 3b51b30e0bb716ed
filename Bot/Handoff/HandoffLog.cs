namespace ReportBot.Bot.Handoff;

/// <summary>Handoff log lines: states and counts only, never text, ids of survivors or conversation ids.</summary>
internal static partial class HandoffLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Relayed a survivor message (handoff {Status}, crisis {Crisis}).")]
    public static partial void Relayed(ILogger logger, string status, bool crisis);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "A contact centre reported handoff state {State}.")]
    public static partial void HubStatus(ILogger logger, string state);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "A counsellor sign-in failed.")]
    public static partial void SignInFailed(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Delivering to a survivor failed on channel {ChannelId}. {Exception}")]
    public static partial void DeliveryFailed(ILogger logger, string channelId, string exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Sending queue-position notices failed; will try again. {Exception}")]
    public static partial void WaitNoticesFailed(ILogger logger, string exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Imported {Count} handoff and audit files from the earlier local-folder layout into the object store.")]
    public static partial void LegacyFilesImported(ILogger logger, int count);
}
