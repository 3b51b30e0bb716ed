namespace ReportBot.Bot.Handoff.Relay;

/// <summary>Kept in the conversation's state while a handoff is open: which handoff the conversation is in.</summary>
public sealed class HandoffLink
{
    public const string StateProperty = "handoff";

    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// A message with contact details held for the one turn in which the survivor is asked whether the counsellor may
    /// see it as typed (kept in the encrypted conversation state, never in the handoff).
    /// </summary>
    public string? PendingText { get; set; }
}
