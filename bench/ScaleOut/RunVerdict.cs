namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>What the checks of one run found. Every count but <see cref="Turns"/> must be 0.</summary>
internal sealed record RunVerdict(
    int Turns,
    int LostTurns,
    int InconsistentConversations,
    int LostMessages,
    int DuplicatedMessages,
    int OutOfOrderConversations,
    int ReplyLineMismatches)
{
    public bool Clean => LostTurns == 0 && InconsistentConversations == 0 && LostMessages == 0 && DuplicatedMessages == 0
        && OutOfOrderConversations == 0 && ReplyLineMismatches == 0;
}
