namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// An open request for a counsellor: its id, the survivor's place in the queue (1 = next), an estimate of the wait from
/// recent claims (null when there is too little to go on) and whether any counsellor is signed in.
/// </summary>
public sealed record HandoffTicket(string Id, int Position, bool Crisis, WaitEstimate? Estimate = null, bool AnyoneSignedIn = true);
