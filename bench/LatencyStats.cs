namespace ReportBot.Benchmarks;

/// <summary>Turns per second and latency percentiles of one run.</summary>
internal sealed record LatencyStats(int Turns, int Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double TurnsPerSecond => Turns / Seconds;

    public static LatencyStats From(List<double> latenciesMs, int errors, double seconds)
    {
        latenciesMs.Sort();
        double At(double q) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Count - 1, (int)Math.Ceiling(q * latenciesMs.Count) - 1)];
        return new LatencyStats(latenciesMs.Count, errors, seconds, At(0.50), At(0.95), At(0.99), latenciesMs.Count == 0 ? double.NaN : latenciesMs[^1]);
    }
}
