namespace ReportBot.Benchmarks.Storage;

/// <summary>One run of turns: throughput, latency, CPU per turn (this process; Azurite) and the Blob requests by kind.</summary>
internal sealed record TurnResult(
    double PerSecond,
    LatencyStats All,
    LatencyStats Early,
    LatencyStats Late,
    double BenchCpuMsPerTurn,
    double AzuriteCpuMsPerTurn,
    IReadOnlyDictionary<(TurnPhase Phase, string Kind), long> Requests,
    int PutBytes,
    int Conversations,
    int Turns,
    IReadOnlyDictionary<string, long>? Bytes = null,
    IReadOnlyDictionary<string, string>? Samples = null)
{
    /// <summary>Requests sent while serving turns after each conversation's first, per such turn.</summary>
    public double LaterTurnRequestsPerTurn => Sum(TurnPhase.LaterTurn) / (double)(Turns - Conversations);

    /// <summary>Requests sent while serving turns (the first ones included), per turn.</summary>
    public double PathRequestsPerTurn => (Sum(TurnPhase.FirstTurn) + Sum(TurnPhase.LaterTurn)) / (double)Turns;

    /// <summary>Requests sent off the turns' path (the transcript drain), per turn.</summary>
    public double OffPathRequestsPerTurn => Sum(TurnPhase.OffPath) / (double)Turns;

    /// <summary>"PUT state 1.00, GET keys 0.01" for one phase, per turn of that phase.</summary>
    public string Breakdown(TurnPhase phase)
    {
        var turns = phase switch
        {
            TurnPhase.FirstTurn => Conversations,
            TurnPhase.LaterTurn => Turns - Conversations,
            _ => Turns,
        };
        var kinds = Requests.Where(r => r.Key.Phase == phase).OrderByDescending(r => r.Value).Select(r => FormattableString.Invariant($"{r.Key.Kind} {r.Value / (double)turns:F2}"));
        return string.Join(", ", kinds) is { Length: > 0 } text ? text : "none";
    }

    /// <summary>"PUT state 1,375 bytes (1,375 a turn), ...": the mean body of each kind of request and its bytes per turn (all phases).</summary>
    public string MeanBytes()
    {
        var counts = Requests.GroupBy(r => r.Key.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Value), StringComparer.Ordinal);
        var kinds = (Bytes ?? new Dictionary<string, long>()).Where(b => b.Value > 0 && counts.GetValueOrDefault(b.Key) > 0).OrderByDescending(b => counts[b.Key])
            .Select(b => FormattableString.Invariant($"{b.Key} {b.Value / (double)counts[b.Key]:N0} bytes ({b.Value / (double)Turns:N0} a turn)"));
        return string.Join(", ", kinds) is { Length: > 0 } text ? text : "none";
    }

    private long Sum(TurnPhase phase) => Requests.Where(r => r.Key.Phase == phase).Sum(r => r.Value);
}
