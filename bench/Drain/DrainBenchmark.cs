using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.Drain;

/// <summary>
/// The transcript drainer's own cost per line: the real bot (in process, local storage) answers the load script in
/// many conversations with its drainer stopped, so every line waits in the outbox; then the drainer starts and moves
/// them all to the cases' segments, and the process's CPU time and allocated bytes over that drain are divided by the
/// lines moved. Nothing else runs meanwhile, so the figures are the drain's (reading and opening the outbox, sealing
/// each line for its case, the appends and their journal).
///   dotnet run --project bench -c Release --no-build -- drain [--conversations 200] [--turns 10] [--rounds 5]
/// </summary>
internal static class DrainBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = BenchArgs.Option(args, "--conversations", 200);
        var turns = BenchArgs.Option(args, "--turns", 10);
        var rounds = BenchArgs.Option(args, "--rounds", 5);
        Console.WriteLine($"drain of {conversations} conversations x {turns} turns, {rounds} rounds after a warm-up");
        Console.WriteLine($"{"round",6}{"lines",8}{"CPU us/line",13}{"KB alloc/line",15}{"wall ms",9}{"gen0",6}{"gen1",6}");
        var results = new List<(double Cpu, double Kb)>();
        for (var round = 0; round <= rounds; round++)
        {
            var (lines, cpu, kb, wall, gen0, gen1) = await MeasureAsync(conversations, turns);
            if (round == 0)
            {
                continue; // warm-up: JIT, tiering
            }

            results.Add((cpu, kb));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round,6}{lines,8}{cpu,13:F2}{kb,15:F2}{wall,9:F0}{gen0,6}{gen1,6}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median CPU {Median(results.Select(r => r.Cpu)):F2} us/line, median {Median(results.Select(r => r.Kb)):F2} KB allocated/line"));
        return 0;
    }

    private static async Task<(int Lines, double CpuUs, double Kb, double WallMs, int Gen0, int Gen1)> MeasureAsync(int conversations, int turns)
    {
        await using var host = await InProcessBot.StartAsync("drain", startDrainer: false);
        var run = Guid.NewGuid().ToString("N");
        await host.RunScriptAsync(run, conversations, turns);

        // The lines waiting: every record from the drain's checkpoint on (read once here, outside the measurement).
        var outbox = host.Services.GetRequiredService<TranscriptOutbox>();
        var lines = outbox.Read(outbox.LoadCheckpoint(), int.MaxValue).Records.Count(r => r.Line is not null);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1) = (GC.CollectionCount(0), GC.CollectionCount(1));
        var clock = Stopwatch.StartNew();
        await host.StartDrainerAsync();
        await host.FlushDrainerAsync();
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / lines;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / lines;
        return (lines, cpu, kb, clock.Elapsed.TotalMilliseconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
