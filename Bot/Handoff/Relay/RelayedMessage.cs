namespace ReportBot.Bot.Handoff.Relay;

/// <summary>A handoff message as the counsellor API returns it (decrypted, for the counsellor who holds the handoff).</summary>
public sealed record RelayedMessage(long Seq, string From, string Text, DateTimeOffset At, bool Crisis);
