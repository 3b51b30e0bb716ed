using System.Globalization;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>Prints the scale-out numbers, also as Markdown rows for deployment/scale-out.md.</summary>
internal static class ScaleOutReport
{
    public static void Print(ConversationRun one, RunVerdict verdictOne, int conflictsOne, ConversationRun two, RunVerdict verdictTwo, int conflictsTwo, RelayResult relay, int turnErrors)
    {
        Console.WriteLine();
        Console.WriteLine($"{"run",-22}{"turns",8}{"turns/s",10}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
        Line("1 instance (A)", one.AllTurns, one.Seconds);
        Line("2 instances, all", two.AllTurns, two.Seconds);
        Line("2 instances, on A", two.AllTurns.Where(t => t.Instance == "A"), two.Seconds);
        Line("2 instances, on B", two.AllTurns.Where(t => t.Instance == "B"), two.Seconds);
        Console.WriteLine();
        foreach (var (name, verdict, conflicts) in new[] { ("1 instance", verdictOne, conflictsOne), ("2 instances", verdictTwo, conflictsTwo) })
        {
            Console.WriteLine(Invariant($"{name}: {verdict.Turns} turns, ETag conflicts retried {conflicts} ({1000.0 * conflicts / verdict.Turns:F1} per 1,000 turns), lost turns {verdict.LostTurns}, inconsistent conversations {verdict.InconsistentConversations}, lost messages {verdict.LostMessages}, duplicated messages {verdict.DuplicatedMessages}, transcripts out of order {verdict.OutOfOrderConversations}, transcripts with missing or extra replies {verdict.ReplyLineMismatches}"));
        }

        Console.WriteLine(Invariant($"turn errors logged by the instances: {turnErrors}"));
        Console.WriteLine(Invariant($"counsellor relay (console on A, survivor on B): {relay.Completed}/{relay.Handoffs} handoffs completed, lost relay messages {relay.LostMessages}"));
        Console.WriteLine(Invariant($"  claim on A -> survivor told 'a counsellor has joined': {Summary(relay.ClaimToJoinedMs)}"));
        Console.WriteLine(Invariant($"  counsellor on A -> survivor: {Summary(relay.CounsellorToSurvivorMs)}"));
        Console.WriteLine(Invariant($"  survivor via B -> counsellor's poll on A (every 20 ms): {Summary(relay.SurvivorToCounsellorMs)}"));
    }

    private static void Line(string name, IEnumerable<TurnOutcome> turns, double seconds)
    {
        var list = turns.Where(t => t.Status == 200).Select(t => t.Ms).ToList();
        var stats = LatencyStats.From(list, 0, seconds);
        Console.WriteLine(Invariant($"{name,-22}{stats.Turns,8}{stats.TurnsPerSecond,10:F1}{stats.P50Ms,9:F1}{stats.P95Ms,9:F1}{stats.P99Ms,9:F1}{stats.MaxMs,9:F1}"));
    }

    private static string Summary(List<double> ms)
    {
        if (ms.Count == 0)
        {
            return "none";
        }

        var sorted = ms.Order().ToList();
        return Invariant($"median {sorted[sorted.Count / 2]:F0} ms, max {sorted[^1]:F0} ms (n={ms.Count})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
