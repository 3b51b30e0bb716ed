namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// A slice of a conversation's activity list, already serialised as Bot Framework JSON, and the watermark a client
/// sends back to get what follows.
/// </summary>
public sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark);
