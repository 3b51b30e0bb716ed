namespace ReportBot.Bot.Handoff.Audit;

/// <summary>One line of the audit log: which counsellor did what to which handoff, when.</summary>
public sealed record AuditEntry(string Counsellor, string HandoffId, string Action, DateTimeOffset At)
{
    public const string TranscriptOpened = "transcript.opened";
    public const string MessageOpened = "message.opened";
    public const string Claimed = "handoff.claimed";
    public const string Ended = "handoff.ended";
    public const string Replied = "thread.replied";
}
