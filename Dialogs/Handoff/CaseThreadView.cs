namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// A case's thread as the survivor reads it: the counsellors' replies they have not seen yet, oldest first (or the latest one again when all were seen), whether
/// their own last message still waits for an answer, whether a counsellor closed the thread, and a named window.
/// </summary>
public sealed record CaseThreadView(IReadOnlyList<ThreadLine> NewReplies, bool AwaitingCounsellor, bool Closed, PreferredWindow? Window);
