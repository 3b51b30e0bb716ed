using System.Globalization;

namespace ReportBot.Benchmarks.Tail;

/// <summary>
/// Where the server's memory was at its highest resident size (<c>--memory</c>), from what <see cref="MemoryProbe"/>
/// wrote: the GC's heap by generation and its resident range, other anonymous memory (native allocations, the runtime's
/// own heaps, thread stacks), JIT code, mapped assemblies and libraries; and the resident size at the end of each phase.
/// </summary>
internal static class MemoryReport
{
    public static void Print(string file, IReadOnlyList<(string Phase, long EndTicks)> phases)
    {
        if (!File.Exists(file))
        {
            Console.WriteLine("memory: nothing recorded");
            return;
        }

        string? config = null;
        var snapshots = new List<(long Ticks, Dictionary<string, long> Values)>();
        var timeline = new List<long[]>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("config,", StringComparison.Ordinal))
            {
                config = line["config,".Length..];
            }
            else if (line.StartsWith("p,", StringComparison.Ordinal))
            {
                var fields = line.Split(',', 3);
                snapshots.Add((long.Parse(fields[1], CultureInfo.InvariantCulture), fields[2].Split(';').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => long.Parse(kv[1], CultureInfo.InvariantCulture), StringComparer.Ordinal)));
            }
            else if (line.StartsWith("t,", StringComparison.Ordinal))
            {
                timeline.Add(line.Split(',').Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray());
            }
        }

        if (snapshots.Count == 0)
        {
            Console.WriteLine("memory: no snapshot");
            return;
        }

        // The highest resident size so far at the end of each phase (a snapshot is taken at each new high).
        Console.WriteLine("memory (MB) at the highest resident size up to the end of each phase:");
        Console.WriteLine($"  {"phase",-9}{"resident",9}{"GC range",9}{"GC comm.",9}{"gen0 bef",9}{"gen1 aft",9}{"gen2 aft",9}{"LOH",6}{"native",8}{"brk",6}{"JIT code",9}{"dlls",7}{".so",6}{"threads",8}{"methods",8}{"GCs 0/1/2",11}{"heaps",6}{"g0 budget",10}{"by budget/other",16}");
        foreach (var (phase, end) in phases)
        {
            var at = snapshots.LastOrDefault(p => p.Ticks <= end).Values;
            if (at is null)
            {
                continue;
            }

            double Mb(string key) => at.GetValueOrDefault(key) / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {phase,-9}{Mb("VmRSS"),9:F1}{Mb("map.gcrange"),9:F1}{Mb("gc.committed"),9:F1}{Mb("gc.gen0.before"),9:F1}{Mb("gc.gen1.after"),9:F1}{Mb("gc.gen2.after"),9:F1}{Mb("gc.loh.after"),6:F1}{Mb("map.anon"),8:F1}{Mb("map.malloc.brk"),6:F1}{Mb("map.jit.doublemapped"),9:F1}{Mb("map.file.dll"),7:F1}{Mb("map.file.so"),6:F1}{at.GetValueOrDefault("Threads"),8}{at.GetValueOrDefault("jit.methods"),8}{$"{at.GetValueOrDefault("gc.count0")}/{at.GetValueOrDefault("gc.count1")}/{at.GetValueOrDefault("gc.count2")}",11}{at.GetValueOrDefault("gc.heaps"),6}{Mb("gc.gen0desired"),10:F1}{$"{at.GetValueOrDefault("gc.bybudget")}/{at.GetValueOrDefault("gc.otherreason")}",16}"));
        }

        Console.WriteLine("  (GC range: resident pages of the GC's reserved range; native: other anonymous memory (malloc arenas, the runtime's");
        Console.WriteLine("   own heaps, thread stacks); JIT code: the double-mapped executable memory; dlls, .so: mapped files)");
        if (config is not null)
        {
            var keys = new[] { "ServerGC", "ConcurrentGC", "HeapCount", "GCDynamicAdaptationMode", "GCGen0MaxBudget", "GCgen0size", "GCConserveMem", "GCHeapAffinitizeMask" };
            Console.WriteLine("  GC settings: " + string.Join(' ', config.Split(' ').Where(kv => keys.Contains(kv.Split('=')[0], StringComparer.OrdinalIgnoreCase))));
        }

        foreach (var (phase, end) in phases)
        {
            var sample = timeline.LastOrDefault(t => t[0] <= end);
            if (sample is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  now at the end of {phase,-8}: resident {sample[1] / 1024.0,6:F1} MB, GC heap {sample[2] / 1024.0,6:F1}, committed {sample[3] / 1024.0,6:F1}, GCs {sample[4]} / {sample[5]} / {sample[6]}"));
            }
        }
    }
}
