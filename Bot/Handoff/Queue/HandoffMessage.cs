namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// One message of a handoff. The text is stored redacted and encrypted (<see cref="HandoffSealer"/>); <see cref="Crisis"/>
/// marks a survivor message after which the bot showed emergency numbers. <see cref="ProtectedAsTyped"/> holds the
/// message as typed, sealed the same way: a survivor's only when they agreed that its contact details be shown to the
/// counsellor (only the counsellor who took the handoff ever sees it); a counsellor's always, since the survivor is
/// shown the counsellor's words as typed (a helpline's number, the counsellor's name).
/// </summary>
public sealed record HandoffMessage(long Seq, string From, string ProtectedText, DateTimeOffset At, bool Crisis = false, string? ProtectedAsTyped = null)
{
    public const string Survivor = "survivor";
    public const string Counsellor = "counsellor";
}
