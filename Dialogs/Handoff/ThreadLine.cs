namespace ReportBot.Dialogs.Handoff;

/// <summary>One message of a thread, decrypted for the survivor who holds the case code.</summary>
public sealed record ThreadLine(string From, string Text, DateTimeOffset At);
