namespace ReportBot.Bot.Channels.Profiles;

/// <summary>Log lines of the channel profiles: channel ids and counts only, never text or user ids.</summary>
internal static partial class ChannelsLog
{
    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "A late message for a survivor on {Channel} is held for their next message (the platform's window has closed).")]
    public static partial void MessageHeld(ILogger logger, string channel);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Delivered {Count} held message(s) on {Channel} with the survivor's message.")]
    public static partial void HeldDelivered(ILogger logger, int count, string channel);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Debug, Message = "Start event on {Channel}: {Kind}.")]
    public static partial void StartEvent(ILogger logger, string channel, string kind);
}
