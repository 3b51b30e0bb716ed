namespace ReportBot.Dialogs.Handoff;

/// <summary>How long recent survivors waited for a counsellor to take them, as a range of whole minutes.</summary>
public sealed record WaitEstimate(int FromMinutes, int ToMinutes);
