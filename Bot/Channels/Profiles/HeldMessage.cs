namespace ReportBot.Bot.Channels.Profiles;

/// <summary>A message waiting for the survivor's next message (see <see cref="HeldMessageStore"/>).</summary>
public sealed record HeldMessage(string Text, string? Locale, DateTimeOffset At);
