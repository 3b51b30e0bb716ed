using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Builder;
using ReportBot.Bot;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.TurnCost;

/// <summary>
/// CPU time and allocated bytes per turn of ReportBot in this process, without HTTP: the app's services on a fresh
/// local data folder (encrypted, durable), its middleware, its bot and the transcript drainer, driven by the load
/// script in concurrent conversations. Compares Bot Builder's <see cref="ConversationState"/> (which hashes the whole
/// state with Newtonsoft at load and after every save) with the <see cref="SnapshotConversationState"/> the app
/// registers, alternating, so the difference is measured under the same conditions.
///   dotnet run --project bench -c Release --no-build -- turncost [--conversations 16] [--turns 150] [--rounds 3] [--alloc] [--app-only]
/// (--alloc adds the runtime's sampled allocations by type, for the app's state class; --app-only measures only the
/// app's state class, e.g. under a profiler or dotnet-trace).
/// </summary>
internal static class TurnCostBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = BenchArgs.Option(args, "--conversations", 16);
        var turns = BenchArgs.Option(args, "--turns", 150);
        var rounds = BenchArgs.Option(args, "--rounds", 3);
        using var sampler = args.Contains("--alloc") ? new AllocationSampler() : null;
        var variants = args.Contains("--app-only") ? new[] { true } : new[] { false, true };
        Console.WriteLine($"in-process turns: {conversations} conversations x {turns} turns, {rounds} rounds per variant, alternating");
        Console.WriteLine($"{"variant",-34}{"CPU ms/turn",12}{"KB alloc/turn",15}{"turns/s",9}");
        var results = new Dictionary<string, List<(double Cpu, double Kb)>>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var snapshot in variants)
            {
                var name = snapshot ? "SnapshotConversationState (app)" : "Bot Builder ConversationState";
                if (sampler is not null)
                {
                    sampler.Enabled = snapshot && round > 0;
                }

                var (cpu, kb, rate) = await MeasureAsync(snapshot, conversations, turns);
                if (round == 0)
                {
                    continue; // warm-up round: JIT, tiering
                }

                (results.TryGetValue(name, out var list) ? list : results[name] = []).Add((cpu, kb));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34}{cpu,12:F3}{kb,15:F1}{rate,9:F0}"));
            }
        }

        Console.WriteLine();
        foreach (var (name, list) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} median CPU {Median(list.Select(r => r.Cpu)),6:F3} ms/turn, median {Median(list.Select(r => r.Kb)),6:F1} KB allocated/turn"));
        }

        if (sampler is not null)
        {
            sampler.Enabled = false;
            Console.WriteLine();
            Console.WriteLine("Allocated bytes by type (sampled about every 100 KB; the app's state class, measured rounds):");
            foreach (var (type, bytes) in sampler.Top(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / sampler.Total,5:F1}%  {type}"));
            }
        }

        return 0;
    }

    private static async Task<(double CpuMs, double Kb, double Rate)> MeasureAsync(bool snapshot, int conversations, int turns)
    {
        await using var host = await InProcessBot.StartAsync("turncost", services =>
        {
            if (!snapshot)
            {
                services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
            }
        });
        var run = Guid.NewGuid().ToString("N");

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await host.RunScriptAsync(run, conversations, turns);
        clock.Stop();
        process.Refresh();
        var total = conversations * turns;
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / total;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / total;
        await host.StopDrainerAsync();
        if (!snapshot)
        {
            await PrintStateSizesAsync(host.Services);
        }

        return (cpu, kb, total / clock.Elapsed.TotalSeconds);
    }

    // How much each turn serialises, seals and journals: the stored (sealed) size of each conversation's state.
    private static async Task PrintStateSizesAsync(IServiceProvider provider)
    {
        var store = provider.GetRequiredService<ReportBot.Bot.Storage.Objects.IObjectStore>();
        var sizes = new List<int>();
        await foreach (var item in store.ListAsync(ReportBot.Bot.Storage.Objects.ObjectNames.StatePrefix, CancellationToken.None))
        {
            if (await store.ReadAsync(item.Name, CancellationToken.None) is { } stored)
            {
                sizes.Add(stored.Content.Length);
            }
        }

        if (sizes.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (conversation state at the end: {sizes.Count} conversations, sealed size {sizes.Min()} - {sizes.Max()} bytes)"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
