using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.InteropServices;

/// <summary>
/// Part of <see cref="StartupHook"/> (<c>bench --memory</c>): every 50 ms reads the process's resident size, and when
/// it sets a new high (by 1 MB or more) writes where that memory is: the GC's heap by generation, committed and
/// fragmented, the GC's own reserved range in /proc/self/smaps against the rest of the anonymous memory, the JIT's
/// executable double mapping, mapped assemblies and native libraries. Every 500 ms it writes a timeline sample too.
/// Uses only the base library, so it loads into any build of the bot.
/// </summary>
internal static class MemoryProbe
{
    private static Thread? _sampler;
    private static GcListener? _gcEvents;

    public static void Start(string file)
    {
        var writer = new StreamWriter(file, append: false) { AutoFlush = true };
        var config = string.Join(' ', GC.GetConfigurationVariables().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        writer.WriteLine("config," + config);
        _gcEvents = new GcListener();
        _sampler = new Thread(() => Sample(writer)) { IsBackground = true, Name = "bench memory probe" };
        _sampler.Start();
    }

    private static void Sample(StreamWriter writer)
    {
        long highKb = 0;
        var lastTimeline = 0L;
        while (true)
        {
            var status = Status();
            var now = DateTime.UtcNow.Ticks;
            if (status.TryGetValue("VmRSS", out var rss) && rss >= highKb + 1024)
            {
                highKb = rss;
                writer.WriteLine(Snapshot(now, status));
            }

            if (now - lastTimeline >= 500 * TimeSpan.TicksPerMillisecond)
            {
                lastTimeline = now;
                var info = GC.GetGCMemoryInfo();
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"t,{now},{status.GetValueOrDefault("VmRSS")},{info.HeapSizeBytes / 1024},{info.TotalCommittedBytes / 1024},{GC.CollectionCount(0)},{GC.CollectionCount(1)},{GC.CollectionCount(2)}"));
            }

            Thread.Sleep(50);
        }
    }

    private static Dictionary<string, long> Status()
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var parts = line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (colon > 0 && parts.Length > 0 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                values[line[..colon]] = value;
            }
        }

        return values;
    }

    /// <summary>One line: "p,ticks,key=value;key=value...", sizes in KB.</summary>
    private static string Snapshot(long ticks, Dictionary<string, long> status)
    {
        var parts = new List<(string Key, long Value)>();
        foreach (var key in new[] { "VmRSS", "RssAnon", "RssFile", "RssShmem", "Threads" })
        {
            parts.Add((key, status.GetValueOrDefault(key)));
        }

        var info = GC.GetGCMemoryInfo();
        parts.Add(("gc.heap", info.HeapSizeBytes / 1024));
        parts.Add(("gc.committed", info.TotalCommittedBytes / 1024));
        parts.Add(("gc.fragmented", info.FragmentedBytes / 1024));
        parts.Add(("gc.promoted", info.PromotedBytes / 1024));
        parts.Add(("gc.index", info.Index));
        parts.Add(("gc.lastgen", info.Generation));
        var names = new[] { "gen0", "gen1", "gen2", "loh", "poh" };
        for (var g = 0; g < info.GenerationInfo.Length && g < names.Length; g++)
        {
            parts.Add(($"gc.{names[g]}.before", info.GenerationInfo[g].SizeBeforeBytes / 1024));
            parts.Add(($"gc.{names[g]}.after", info.GenerationInfo[g].SizeAfterBytes / 1024));
        }

        parts.Add(("gc.count0", GC.CollectionCount(0)));
        parts.Add(("gc.count1", GC.CollectionCount(1)));
        parts.Add(("gc.count2", GC.CollectionCount(2)));
        parts.Add(("gc.allocatedsincestart", GC.GetTotalAllocatedBytes() / 1024));
        parts.Add(("gc.heaps", Volatile.Read(ref GcListener.Heaps)));
        parts.Add(("gc.gen0desired", Volatile.Read(ref GcListener.Gen0Desired) / 1024));
        parts.Add(("gc.bybudget", Volatile.Read(ref GcListener.ByBudget)));
        parts.Add(("gc.otherreason", Volatile.Read(ref GcListener.OtherReason)));
        parts.Add(("jit.methods", System.Runtime.JitInfo.GetCompiledMethodCount()));
        parts.Add(("jit.ilbytes", System.Runtime.JitInfo.GetCompiledILBytes() / 1024));
        foreach (var (key, kb) in Mappings())
        {
            parts.Add(("map." + key, kb));
        }

        return string.Create(CultureInfo.InvariantCulture, $"p,{ticks},") + string.Join(';', parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));
    }

    /// <summary>
    /// Resident KB by kind of mapping. The GC's range is the run of adjacent anonymous mappings that holds a live
    /// object's address (with regions the GC reserves one range and commits inside it).
    /// </summary>
    private static Dictionary<string, long> Mappings()
    {
        var probe = GC.AllocateArray<byte>(16, pinned: true);
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        var objectAddress = (ulong)handle.AddrOfPinnedObject();
        handle.Free();

        var maps = new List<(ulong Start, ulong End, string Kind, long RssKb)>();
        (ulong Start, ulong End, string Kind)? current = null;
        long rss = 0;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && line.Length > dash + 1 && IsHex(line.AsSpan(0, dash)))
            {
                if (current is { } c)
                {
                    maps.Add((c.Start, c.End, c.Kind, rss));
                }

                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                var range = fields[0].Split('-');
                var name = fields.Length > 5 ? fields[5].Trim() : string.Empty;
                current = (ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), Kind(name, fields[1]));
                rss = 0;
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        if (current is { } last)
        {
            maps.Add((last.Start, last.End, last.Kind, rss));
        }

        // The adjacent anonymous run around the object's address is the GC's.
        var at = maps.FindIndex(m => m.Start <= objectAddress && objectAddress < m.End);
        var (from, to) = (at, at);
        while (from > 0 && maps[from - 1].End == maps[from].Start && maps[from - 1].Kind.StartsWith("anon", StringComparison.Ordinal))
        {
            from--;
        }

        while (to >= 0 && to < maps.Count - 1 && maps[to + 1].Start == maps[to].End && maps[to + 1].Kind.StartsWith("anon", StringComparison.Ordinal))
        {
            to++;
        }

        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < maps.Count; i++)
        {
            var kind = at >= 0 && i >= from && i <= to ? "gcrange" : maps[i].Kind;
            totals[kind] = totals.GetValueOrDefault(kind) + maps[i].RssKb;
        }

        return totals;
    }

    private static string Kind(string name, string permissions) => name switch
    {
        "" => permissions.Contains('x', StringComparison.Ordinal) ? "anon.exec" : "anon",
        "[heap]" => "malloc.brk",
        "[stack]" => "stack.main",
        _ when name.Contains("doublemapper", StringComparison.Ordinal) => "jit.doublemapped",
        _ when name.EndsWith(".dll", StringComparison.Ordinal) => "file.dll",
        _ when name.Contains(".so", StringComparison.Ordinal) => "file.so",
        _ when name.StartsWith('/') => "file.other",
        _ => "other",
    };

    /// <summary>The runtime's GC events: how many heaps the GC used, its gen0 budget, and why it collected.</summary>
    private sealed class GcListener : EventListener
    {
        public static long Heaps;
        public static long Gen0Desired;
        public static long ByBudget;
        public static long OtherReason;

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCGlobalHeapHistory", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                Volatile.Write(ref Heaps, Convert.ToInt64(e.Payload![names.IndexOf("NumHeaps")], CultureInfo.InvariantCulture));
                Volatile.Write(ref Gen0Desired, Convert.ToInt64(e.Payload[names.IndexOf("FinalYoungestDesired")], CultureInfo.InvariantCulture));
            }
            else if (e.EventName is not null && e.EventName.StartsWith("GCStart", StringComparison.Ordinal) && e.PayloadNames is { } startNames)
            {
                // Reason 0: the allocation budget of the small-object heap was used up.
                if (Convert.ToInt32(e.Payload![startNames.IndexOf("Reason")], CultureInfo.InvariantCulture) == 0)
                {
                    Interlocked.Increment(ref ByBudget);
                }
                else
                {
                    Interlocked.Increment(ref OtherReason);
                }
            }
        }
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
