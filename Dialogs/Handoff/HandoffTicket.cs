namespace ReportBot.Dialogs.Handoff;

/// <summary>An open request for a counsellor: its id and the survivor's place in the queue (1 = next).</summary>
public sealed record HandoffTicket(string Id, int Position, bool Crisis);
