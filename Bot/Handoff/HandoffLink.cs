namespace ReportBot.Bot.Handoff;

/// <summary>Kept in the conversation's state while a handoff is open: which handoff the conversation is in.</summary>
public sealed class HandoffLink
{
    public const string StateProperty = "handoff";

    public string Id { get; set; } = string.Empty;
}
