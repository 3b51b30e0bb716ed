namespace ReportBot.Dialogs.Handoff;

/// <summary>A survivor's message for a counsellor, and whether they agreed that its contact details be shown as typed.</summary>
public sealed record ConsentedMessage(string Text, bool ShareAsTyped);
