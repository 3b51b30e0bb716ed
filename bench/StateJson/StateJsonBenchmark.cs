using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.StateJson;

/// <summary>
/// Time and allocations of reading and writing one conversation's state as every turn does (StateSerializer: the
/// bytes sealed into the journal or the Blob PUT, and read back from the state cache at the next turn's start), on
/// the state the real bot stores: the app's services on a fresh local data folder run the load script's conversation
/// through the middleware and the bot, and the state after each of its turns is measured. Alternating rounds, one
/// thread, CPU time of the process; run two builds alternately for a before/after. The same states without the
/// replies the redelivery record keeps (sealed, inside the state) are measured beside them, for comparison.
///   dotnet run --project bench -c Release --no-build -- statejson [--iterations 2000] [--rounds 5] [--turns 24] [--dump]
/// </summary>
internal static class StateJsonBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = BenchArgs.Option(args, "--iterations", 2000);
        var rounds = BenchArgs.Option(args, "--rounds", 5);
        var states = await RealStatesAsync(BenchArgs.Option(args, "--turns", 24));
        if (args.Contains("--dump"))
        {
            // The state after each turn, as stored (before sealing): to see what a turn reads and writes.
            foreach (var state in states)
            {
                Console.WriteLine(System.Text.Encoding.UTF8.GetString(state));
            }

            return 0;
        }

        var values = states.Select(StateSerializer.Deserialize).ToArray();

        // For comparison: the same states without the replies the redelivery record keeps (sealed for their retry window).
        var lean = states.Select(s => StateSerializer.Serialize(WithoutKeptReplies(StateSerializer.Deserialize(s)!))).ToList();
        var leanValues = lean.Select(StateSerializer.Deserialize).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without the kept replies: {lean.Min(s => s.Length)} - {lean.Max(s => s.Length)} bytes"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{states.Count} states of one conversation (after each turn of the load script), {states.Min(s => s.Length)} - {states.Max(s => s.Length)} bytes; {iterations} x each per round, {rounds} rounds"));
        Console.WriteLine($"{"operation",-30}{"CPU us/state",13}{"bytes alloc",13}");
        var results = new Dictionary<string, List<(double Us, double Bytes)>>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, run) in new (string, Action)[]
            {
                ("deserialize", () => { foreach (var s in states) { StateSerializer.Deserialize(s); } }),
                ("serialize", () => { foreach (var v in values) { StateSerializer.Serialize(v!); } }),
                ("deserialize, no kept replies", () => { foreach (var s in lean) { StateSerializer.Deserialize(s); } }),
                ("serialize, no kept replies", () => { foreach (var v in leanValues) { StateSerializer.Serialize(v!); } }),
            })
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Environment.CpuUsage.TotalTime;
                for (var i = 0; i < iterations; i++)
                {
                    run();
                }

                // CPU time of the process (one thread here, plus the GC's): on a shared machine, waiting for a core does not count.
                var count = (double)iterations * states.Count;
                if (round > 0)
                {
                    (results.TryGetValue(name, out var list) ? list : results[name] = []).Add(((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count, (GC.GetAllocatedBytesForCurrentThread() - allocated) / count));
                }
            }
        }

        foreach (var (name, list) in results)
        {
            var us = list.Select(r => r.Us).Order().ToList();
            var bytes = list.Select(r => r.Bytes).Order().ToList()[list.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30}{us[us.Count / 2],13:F2}{bytes,13:F0}   (rounds {string.Join(", ", list.Select(r => r.Us.ToString("F2", CultureInfo.InvariantCulture)))})"));
        }

        return 0;
    }

    // The kept replies are the sealed text and its key period of RecentActivities.Json (until 2026-12-06 the replies
    // themselves, "replies", which this removed; once they were sealed it removed nothing and both rows measured the same).
    private static object WithoutKeptReplies(object state)
    {
        if (state is IDictionary<string, object> bag && bag.TryGetValue(ReportBot.Bot.Channels.Redelivery.RedeliveryGuard.StateProperty, out var recent)
            && recent is Newtonsoft.Json.Linq.JObject record)
        {
            record.Remove("sealed");
            record.Remove("period");
        }

        return state;
    }

    // One conversation of the load script through the app's middleware and bot, its state read after every turn.
    private static async Task<List<byte[]>> RealStatesAsync(int turns)
    {
        await using var host = await InProcessBot.StartAsync("statejson");
        var storage = host.Services.GetRequiredService<EncryptedBotStorage>();
        var adapter = host.Conversation("statejson", "user-statejson");
        var states = new List<byte[]>();
        string? key = null;
        for (var t = 0; t < turns; t++)
        {
            var activity = adapter.MakeActivity(LoadRunner.Script[t % LoadRunner.Script.Length]);
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
            await adapter.ProcessActivityAsync(activity, async (context, cancellationToken) =>
            {
                key ??= $"{context.Activity.ChannelId}/conversations/{context.Activity.Conversation.Id}";
                await host.Bot.OnTurnAsync(context, cancellationToken);
            }, CancellationToken.None);
            while (adapter.GetNextReply() is not null)
            {
            }

            if (await storage.ReadStateAsync(key!, CancellationToken.None) is { } loaded)
            {
                states.Add(loaded.Serialized);
            }
        }

        return states;
    }
}
