namespace ReportBot.Benchmarks.Storage;

/// <summary>Percentiles of a set of latencies in milliseconds.</summary>
internal sealed record LatencyStats(double P50, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyStats(At(0.50), At(0.99), sorted.LastOrDefault());
    }

    public override string ToString() => FormattableString.Invariant($"p50 {P50:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms");
}
