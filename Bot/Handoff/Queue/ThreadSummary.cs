using ReportBot.Dialogs.Handoff;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// One row of the counsellors' inbox of threads: nothing the survivor wrote. <see cref="WaitingSince"/> is when the
/// oldest unanswered survivor message arrived; <see cref="Taken"/> is "me", "other" or null.
/// </summary>
public sealed record ThreadSummary(
    string Id,
    string Status,
    string Language,
    DateTimeOffset WaitingSince,
    bool Crisis,
    string? Taken,
    int Messages,
    PreferredWindow? Window);
