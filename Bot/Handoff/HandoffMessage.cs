namespace ReportBot.Bot.Handoff;

/// <summary>
/// One message of a handoff. The text is stored encrypted (<see cref="HandoffProtector"/>); <see cref="Crisis"/> marks
/// a survivor message after which the bot showed emergency numbers.
/// </summary>
public sealed record HandoffMessage(long Seq, string From, string ProtectedText, DateTimeOffset At, bool Crisis = false)
{
    public const string Survivor = "survivor";
    public const string Counsellor = "counsellor";
}
