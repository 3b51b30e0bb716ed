using System.Globalization;
using Microsoft.Diagnostics.Runtime;

namespace ReportBot.Benchmarks.Tail;

/// <summary>
/// The server's managed heap at the end of a run (<c>--memory</c>), read from outside with ClrMD while the process is
/// suspended: bytes per generation and, for the older generations, per type, each split into what is reachable from
/// the roots and what is garbage waiting for a collection of its generation (mid-life garbage shows as a large gen1
/// that is mostly unreachable).
/// </summary>
internal static class HeapSummary
{
    /// <summary>
    /// Walks the heap on a background thread and gives up after <paramref name="timeout"/> (a walk has been seen to stall
    /// on a busy machine); the caller then ends the server, which releases it.
    /// </summary>
    public static void Print(int processId, TimeSpan timeout, int top = 12)
    {
        var output = new StringWriter();
        var walk = new Thread(() => Walk(processId, top, output)) { IsBackground = true, Name = "bench heap walk" };
        walk.Start();
        if (walk.Join(timeout))
        {
            Console.Write(output.ToString());
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap: the walk did not finish within {timeout.TotalSeconds:F0} s; left out"));
        }
    }

    private static void Walk(int processId, int top, TextWriter output)
    {
        try
        {
            using var target = DataTarget.AttachToProcess(processId, suspend: true);
            var runtime = target.ClrVersions[0].CreateRuntime();
            var heap = runtime.Heap;
            var parents = new Dictionary<ulong, ulong>();
            var reachable = Reachable(heap, parents);
            var byGeneration = new SortedDictionary<string, Dictionary<string, (long Bytes, long Live, long Count)>>(StringComparer.Ordinal);
            foreach (var segment in heap.Segments)
            {
                foreach (var obj in segment.EnumerateObjects())
                {
                    if (!obj.IsValid || obj.IsFree)
                    {
                        continue;
                    }

                    var generation = segment.GetGeneration(obj.Address).ToString();
                    if (!byGeneration.TryGetValue(generation, out var types))
                    {
                        byGeneration[generation] = types = new Dictionary<string, (long, long, long)>(StringComparer.Ordinal);
                    }

                    var name = obj.Type?.Name ?? "?";

                    var (bytes, live, count) = types.GetValueOrDefault(name);
                    types[name] = (bytes + (long)obj.Size, live + (reachable.Contains(obj.Address) ? (long)obj.Size : 0), count + 1);
                }
            }

            // What keeps the young objects alive (what the next gen0 collection would have to copy): each reachable gen0
            // object counted under its nearest holder outside gen0 (or a root), with the type under that holder.
            var held = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
            foreach (var address in reachable)
            {
                var segment = heap.GetSegmentByAddress(address);
                if (segment is null || segment.GetGeneration(address) != Generation.Generation0)
                {
                    continue;
                }

                var child = address;
                var holder = parents.GetValueOrDefault(address);
                while (holder != 0 && heap.GetSegmentByAddress(holder)?.GetGeneration(holder) == Generation.Generation0)
                {
                    child = holder;
                    holder = parents.GetValueOrDefault(holder);
                }

                var key = (holder == 0 ? "(root)" : heap.GetObjectType(holder)?.Name ?? "?") + " > " + (heap.GetObjectType(child)?.Name ?? "?");
                var (b, c) = held.GetValueOrDefault(key);
                held[key] = (b + (long)heap.GetObject(address).Size, c + 1);
            }

            output.WriteLine("young objects reachable, by their nearest holder outside gen0 > the type under it (KB, objects):");
            foreach (var (key, (b, c)) in held.OrderByDescending(h => h.Value.Bytes).Take(top))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {b / 1024.0,8:F0} {c,8}  {key}"));
            }

            // Every GC scans its handles: dependent handles (one per ConditionalWeakTable entry, freed only when the table's
            // container is) are scanned again until no more objects are promoted, so their count is part of a pause's cost.
            output.WriteLine("GC handles by kind (count; for dependent handles, the generation of the object each one keeps):");
            var handles = runtime.EnumerateHandles().ToList();
            foreach (var group in handles.GroupBy(h => h.HandleKind).OrderByDescending(g => g.Count()))
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"  {group.Count(),8}  {group.Key}");
                if (group.Key == ClrHandleKind.Dependent)
                {
                    line += " (" + string.Join(", ", group
                        .GroupBy(h => h.Dependent.Address == 0 ? "none" : heap.GetSegmentByAddress(h.Dependent.Address)?.GetGeneration(h.Dependent.Address).ToString() ?? "?")
                        .OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))) + ")";
                }

                output.WriteLine(line);
            }

            output.WriteLine("managed heap at the end of the run (MB; reachable from the roots / all, by generation):");
            foreach (var (generation, types) in byGeneration)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {generation,-12} {types.Values.Sum(v => v.Live) / 1048576.0,7:F1} / {types.Values.Sum(v => v.Bytes) / 1048576.0,7:F1} ({types.Values.Sum(v => v.Count)} objects)"));
            }

            foreach (var generation in new[] { "Generation0", "Generation1", "Generation2" })
            {
                if (!byGeneration.TryGetValue(generation, out var types))
                {
                    continue;
                }

                output.WriteLine($"  largest types in {generation} (KB reachable / all, objects):");
                foreach (var (name, (bytes, live, count)) in types.OrderByDescending(t => generation == "Generation0" ? t.Value.Live : t.Value.Bytes).Take(top))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {live / 1024.0,8:F0} / {bytes / 1024.0,8:F0} {count,8}  {name}"));
                }

                if (generation == "Generation0")
                {
                    // What was allocated since the last collection, dead or alive, by count: the objects a turn makes, which
                    // the survivors alone do not show.
                    output.WriteLine($"  most numerous types in {generation} (objects, all; KB all):");
                    foreach (var (name, (bytes, _, count)) in types.OrderByDescending(t => t.Value.Count).Take(top))
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {count,8} {bytes / 1024.0,8:F0}  {name}"));
                    }
                }
            }
        }
        catch (Exception e) when (e is ClrDiagnosticsException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine("heap: could not read the server's heap (" + e.GetType().Name + ": " + e.Message + ")");
        }
    }

    private static HashSet<ulong> Reachable(ClrHeap heap, Dictionary<ulong, ulong> parents)
    {
        var reachable = new HashSet<ulong>();
        var pending = new Stack<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            if (root.Object.Address != 0 && reachable.Add(root.Object.Address))
            {
                pending.Push(root.Object.Address);
            }
        }

        while (pending.Count > 0)
        {
            var obj = heap.GetObject(pending.Pop());
            if (!obj.IsValid)
            {
                continue;
            }

            foreach (var reference in obj.EnumerateReferenceAddresses(carefully: false, considerDependantHandles: true))
            {
                if (reference != 0 && reachable.Add(reference))
                {
                    parents[reference] = obj.Address;
                    pending.Push(reference);
                }
            }
        }

        return reachable;
    }
}
