using System.Globalization;

namespace ReportBot.Benchmarks.Tail;

/// <summary>
/// What the open loop's slowest turns overlapped (<c>--probe</c>): the server's GC pauses, the transcript drainer's
/// rounds, the local store's journal checkpoints and thread-pool injections written by <see cref="StartupHook"/>, against the share of the run each covers
/// (a cause shows as far more overlap than its share of time would give by chance).
/// </summary>
internal static class TailReport
{
    public static void Print(string probeFile, List<(long StartTicks, double Ms)> turns)
    {
        if (turns.Count == 0 || !File.Exists(probeFile))
        {
            Console.WriteLine("probe: nothing recorded");
            return;
        }

        var from = turns.Min(t => t.StartTicks);
        var to = turns.Max(t => t.StartTicks + (long)(t.Ms * TimeSpan.TicksPerMillisecond));
        var pauses = new List<(long Start, long End, int Generation)>();
        var pauseParts = new List<(long Start, double SuspendMs, double WorkMs, long Promoted0, long Promoted1, long Budget, int Heaps)>();
        var drains = new List<(long Start, long End)>();
        var injections = new List<(long At, string Reason)>();
        var canaries = new List<(long At, double Ms)>();
        var checkpoints = new List<(long Start, long End)>();
        var drainEvents = new List<long>();
        long? checkpointStart = null;
        foreach (var line in File.ReadLines(probeFile))
        {
            var f = line.Split(',');
            switch (f[0])
            {
                case "gc":
                    pauses.Add((Ticks(f[1]), Ticks(f[2]), int.Parse(f[3], CultureInfo.InvariantCulture)));
                    if (f.Length >= 10 && Ticks(f[4]) > 0 && Ticks(f[5]) > 0)
                    {
                        pauseParts.Add((Ticks(f[1]), (Ticks(f[4]) - Ticks(f[1])) / (double)TimeSpan.TicksPerMillisecond,
                            (Ticks(f[5]) - Ticks(f[4])) / (double)TimeSpan.TicksPerMillisecond, Ticks(f[6]), Ticks(f[7]), Ticks(f[8]),
                            int.Parse(f[9], CultureInfo.InvariantCulture)));
                    }

                    break;
                case "drain-append":
                    drainEvents.Add(Ticks(f[1]));
                    break;
                case "drain-end":
                    drainEvents.Add(Ticks(f[1]));
                    break;
                case "q":
                    canaries.Add((Ticks(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture)));
                    break;
                case "tp":
                    injections.Add((Ticks(f[1]), f[3]));
                    break;
                case "checkpoint-start":
                    checkpointStart = Ticks(f[1]);
                    break;
                case "checkpoint-end" when checkpointStart is { } begun:
                    checkpoints.Add((begun, Ticks(f[1])));
                    checkpointStart = null;
                    break;
            }
        }

        pauses = pauses.Where(p => p.End >= from && p.Start <= to).ToList();
        // A round is a burst of the drainer's file events: its appends and the checkpoint written after them. Rounds are
        // a linger (a second) apart, so events closer than 100 ms belong to one round. The two kinds come from two
        // watchers and can arrive out of order (an append reported after the checkpoint of its round), which made
        // "first append to the next checkpoint" count a second-long round after a fast checkpoint write.
        drainEvents.Sort();
        foreach (var at in drainEvents)
        {
            if (drains.Count > 0 && at - drains[^1].End < 100 * TimeSpan.TicksPerMillisecond)
            {
                drains[^1] = (drains[^1].Start, at);
            }
            else
            {
                drains.Add((at, at));
            }
        }

        drains = drains.Where(d => d.End >= from && d.Start <= to).ToList();
        injections = injections.Where(i => i.At >= from && i.At <= to).ToList();
        checkpoints = checkpoints.Where(c => c.End >= from && c.Start <= to).ToList();
        var sorted = turns.Select(t => t.Ms).Order().ToList();
        var p99 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.99 * sorted.Count) - 1)];
        var slow = turns.Where(t => t.Ms >= p99).ToList();
        var span = (double)(to - from);

        bool Overlaps((long StartTicks, double Ms) t, long start, long end) =>
            start <= t.StartTicks + (long)(t.Ms * TimeSpan.TicksPerMillisecond) && end >= t.StartTicks;

        double Share(Func<(long StartTicks, double Ms), bool> hit, List<(long StartTicks, double Ms)> set) =>
            set.Count == 0 ? 0 : 100.0 * set.Count(hit) / set.Count;

        var pauseMs = pauses.Select(p => (p.End - p.Start) / (double)TimeSpan.TicksPerMillisecond).Order().ToList();
        var drainMs = drains.Select(d => (d.End - d.Start) / (double)TimeSpan.TicksPerMillisecond).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"probe: {turns.Count} turns, p99 {p99:F2} ms; {slow.Count} turns at or above it"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GC pauses: {pauses.Count} (gen0 {pauses.Count(p => p.Generation == 0)}, gen1 {pauses.Count(p => p.Generation == 1)}, gen2 {pauses.Count(p => p.Generation == 2)}), median {Median(pauseMs):F2} ms, max {(pauseMs.Count > 0 ? pauseMs[^1] : 0):F2} ms, {100 * pauses.Sum(p => p.End - p.Start) / span:F2} % of the time"));
        pauseParts = pauseParts.Where(p => p.Start >= from && p.Start <= to).ToList();
        if (pauseParts.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC pause parts (median): suspension {Median(pauseParts.Select(p => p.SuspendMs).Order().ToList()):F2} ms, the GC itself {Median(pauseParts.Select(p => p.WorkMs).Order().ToList()):F2} ms; promoted out of gen0 {Median(pauseParts.Select(p => p.Promoted0 / 1024.0).Order().ToList()):F0} KB, out of gen1 {Median(pauseParts.Select(p => p.Promoted1 / 1024.0).Order().ToList()):F0} KB; gen0 budget {Median(pauseParts.Select(p => p.Budget / 1048576.0).Order().ToList()):F1} MB; heaps {string.Join("/", pauseParts.Select(p => p.Heaps).Distinct().Order())}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  drain rounds: {drains.Count}, median {Median(drainMs):F1} ms (first append to checkpoint, events < 100 ms apart), max {(drainMs.Count > 0 ? drainMs[^1] : 0):F1} ms, {100 * drains.Sum(d => d.End - d.Start) / span:F1} % of the time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  thread-pool adjustments: {injections.Count} ({string.Join(", ", injections.GroupBy(i => i.Reason).Select(g => $"reason {g.Key}: {g.Count()}"))})"));
        foreach (var (label, set) in new[] { ("slowest 1 %", slow), ("all turns", turns) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-12}: overlap a GC pause {Share(t => pauses.Any(p => Overlaps(t, p.Start, p.End)), set),5:F1} %, a drain round {Share(t => drains.Any(d => Overlaps(t, d.Start, d.End)), set),5:F1} %, neither {Share(t => !pauses.Any(p => Overlaps(t, p.Start, p.End)) && !drains.Any(d => Overlaps(t, d.Start, d.End)), set),5:F1} %"));
        }

        var checkpointMs = checkpoints.Select(c => (c.End - c.Start) / (double)TimeSpan.TicksPerMillisecond).Order().ToList();
        var inCheckpoint = turns.Where(t => checkpoints.Any(c => Overlaps(t, c.Start, c.End))).Select(t => t.Ms).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  journal checkpoints: {checkpoints.Count}, median {Median(checkpointMs):F1} ms, max {(checkpointMs.Count > 0 ? checkpointMs[^1] : 0):F1} ms, {100 * checkpoints.Sum(c => c.End - c.Start) / span:F1} % of the time; overlapped by the slowest 1 % {Share(t => checkpoints.Any(c => Overlaps(t, c.Start, c.End)), slow):F1} %, all turns {Share(t => checkpoints.Any(c => Overlaps(t, c.Start, c.End)), turns):F1} %; latency p50 / p99 during one {LatencyStats.Of(inCheckpoint).P50Ms:F2} / {LatencyStats.Of(inCheckpoint).P99Ms:F2} ms ({inCheckpoint.Count})"));

        canaries = canaries.Where(c => c.At >= from && c.At <= to).ToList();
        var canaryInCheckpoint = canaries.Where(c => checkpoints.Any(k => c.At >= k.Start && c.At <= k.End)).Select(c => c.Ms).ToList();
        var canaryInDrain = canaries.Where(c => drains.Any(d => c.At >= d.Start && c.At <= d.End)).Select(c => c.Ms).ToList();
        var canaryOutside = canaries.Where(c => !drains.Any(d => c.At >= d.Start && c.At <= d.End)).Select(c => c.Ms).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  thread-pool queue wait p50 / p99 / max (ms): all {LatencyStats.Of(canaries.Select(c => c.Ms)).P50Ms:F3} / {LatencyStats.Of(canaries.Select(c => c.Ms)).P99Ms:F2} / {LatencyStats.Of(canaries.Select(c => c.Ms)).MaxMs:F1} ({canaries.Count}), during a drain round {LatencyStats.Of(canaryInDrain).P50Ms:F3} / {LatencyStats.Of(canaryInDrain).P99Ms:F2}, outside {LatencyStats.Of(canaryOutside).P50Ms:F3} / {LatencyStats.Of(canaryOutside).P99Ms:F2}, during a checkpoint {LatencyStats.Of(canaryInCheckpoint).P50Ms:F3} / {LatencyStats.Of(canaryInCheckpoint).P99Ms:F2} / {LatencyStats.Of(canaryInCheckpoint).MaxMs:F1}"));

        // The same run's turns split by what they overlapped: the extra latency a drain round or a GC pause adds.
        var inDrain = turns.Where(t => drains.Any(d => Overlaps(t, d.Start, d.End))).Select(t => t.Ms).ToList();
        var outside = turns.Where(t => !drains.Any(d => Overlaps(t, d.Start, d.End)) && !pauses.Any(p => Overlaps(t, p.Start, p.End))).Select(t => t.Ms).ToList();
        var inPause = turns.Where(t => pauses.Any(p => Overlaps(t, p.Start, p.End))).Select(t => t.Ms).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  latency p50 / p99 (ms): during a drain round {LatencyStats.Of(inDrain).P50Ms:F2} / {LatencyStats.Of(inDrain).P99Ms:F2} ({inDrain.Count}), during a GC pause {LatencyStats.Of(inPause).P50Ms:F2} / {LatencyStats.Of(inPause).P99Ms:F2} ({inPause.Count}), outside both {LatencyStats.Of(outside).P50Ms:F2} / {LatencyStats.Of(outside).P99Ms:F2} ({outside.Count})"));
    }

    private static long Ticks(string value) => long.Parse(value, CultureInfo.InvariantCulture);

    private static double Median(List<double> values) => values.Count == 0 ? 0 : values[values.Count / 2];
}
