namespace ReportBot.Benchmarks;

/// <summary>Turns per second and latency percentiles of one run.</summary>
internal sealed record LatencyStats(int Turns, int Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>Percentiles of a set of latencies alone (no throughput).</summary>
    public static LatencyStats Of(IEnumerable<double> latenciesMs) => From(latenciesMs.ToList(), 0, double.NaN);

    public override string ToString() => FormattableString.Invariant($"p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms, max {MaxMs:F1} ms");

    public static LatencyStats From(List<double> latenciesMs, int errors, double seconds)
    {
        latenciesMs.Sort();
        double At(double q) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Count - 1, (int)Math.Ceiling(q * latenciesMs.Count) - 1)];
        return new LatencyStats(latenciesMs.Count, errors, seconds, At(0.50), At(0.95), At(0.99), latenciesMs.Count == 0 ? double.NaN : latenciesMs[^1]);
    }
}
