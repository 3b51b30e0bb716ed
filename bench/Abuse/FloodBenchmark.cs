using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// <c>bench flood</c>: one address posts maximum-size messages over Direct Line as fast as it can (8 connections,
/// every conversation it may open), with an oversized one now and then, while survivors from other addresses chat
/// at one message a second. Reports the bot's memory growth, 5xx answers, the survivors' latency and lost messages.
/// Loopback only; bounded by <c>--seconds</c>.
/// </summary>
internal static class FloodBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchArgs.Option(args, "--seconds", 60);
        var survivors = BenchArgs.Option(args, "--survivors", 50);
        var maxChars = BenchArgs.Option(args, "--max-chars", 8000);
        var (server, data) = await AbuseServer.StartAsync($"--Conversation:MaxMessageChars={maxChars}");
        await using var owned = server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 120));

        // Warm-up: a few turns so the baseline is the running bot, not the JIT; then the same survivors, quiet.
        await new SurvivorLoad(http, 5, 5000).RunAsync(TimeSpan.FromSeconds(5), cancel.Token);
        var quietSeconds = BenchArgs.Option(args, "--quiet-seconds", 20);
        var quiet = new SurvivorLoad(http, survivors, 6000);
        await quiet.RunAsync(TimeSpan.FromSeconds(quietSeconds), cancel.Token);
        var baseline = server.WorkingSetMb();
        var peak = baseline;
        var statuses = new ConcurrentDictionary<int, int>();
        // The attacker has its own connections, as a separate machine would.
        using var attackerHttp = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var attacker = new AbuseClient(attackerHttp, AbuseServer.Visitor(9000));
        var conversations = new ConcurrentQueue<(string Token, string Id)>();
        var end = DateTime.UtcNow.AddSeconds(seconds);
        // Korean text from the benchmark's own script (bench/script.txt), repeated to the limit.
        var line = string.Join(' ', LoadRunner.Script) + " ";
        var big = string.Concat(Enumerable.Repeat(line, (maxChars / line.Length) + 1))[..maxChars];
        var huge = new string('\uAC00', 100_000);

        var opener = Task.Run(async () =>
        {
            while (DateTime.UtcNow < end)
            {
                (string Token, string ConversationId)? opened;
                try
                {
                    opened = await attacker.StartConversationAsync(cancel.Token);
                }
                catch (HttpRequestException)
                {
                    opened = null;
                }

                if (opened is { } started)
                {
                    conversations.Enqueue(started);
                }
                else
                {
                    await Task.Delay(1000, cancel.Token);
                }
            }
        });
        var flooders = Enumerable.Range(0, 8).Select(f => Task.Run(async () =>
        {
            for (var n = 0; DateTime.UtcNow < end; n++)
            {
                if (!conversations.TryPeek(out _))
                {
                    await Task.Delay(50, cancel.Token);
                    continue;
                }

                var target = conversations.ElementAt((f + n) % conversations.Count);
                try
                {
                    var (status, _, _) = await attacker.PostMessageAsync(target.Token, target.Id, n % 10 == 9 ? huge : big, $"f{f}-{n}", cancel.Token);
                    statuses.AddOrUpdate((int)status, 1, (_, c) => c + 1);
                }
                catch (HttpRequestException)
                {
                    // Refused before its huge body was read: the server closed the connection.
                    statuses.AddOrUpdate(0, 1, (_, c) => c + 1);
                }
            }
        })).ToList();
        var sampler = Task.Run(async () =>
        {
            while (DateTime.UtcNow < end.AddSeconds(5))
            {
                peak = Math.Max(peak, server.WorkingSetMb());
                await Task.Delay(500, cancel.Token);
            }
        });

        var load = new SurvivorLoad(http, survivors, 0);
        await load.RunAsync(TimeSpan.FromSeconds(seconds), cancel.Token);
        await Task.WhenAll(flooders.Append(opener).Append(sampler));
        var stats = load.Stats(seconds);
        var health = await http.GetAsync("/healthz", cancel.Token);
        data.Delete(recursive: true);

        var flood = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"flood: {seconds} s, attacker answers {{{flood}}} (0 = connection closed by the bot), conversations opened {conversations.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory: baseline {baseline:F0} MB, peak {peak:F0} MB, growth {peak - baseline:F0} MB (target < 100 MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"survivors, quiet run first: {quiet.Stats(quietSeconds)}, failures {quiet.Failures}, lost {quiet.Lost}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"survivors during the flood: {survivors} x 1 msg/s, {load.Sent} sent, {stats}, failures {load.Failures}, 5xx {load.ServerErrors}, lost {load.Lost} (targets: p99 < 100 ms, no 5xx, none lost)"));
        Console.WriteLine($"health after: {(int)health.StatusCode}");
        var attacker5xx = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        var ok = peak - baseline < 100 && attacker5xx == 0 && load.ServerErrors == 0 && load.Lost == 0 && stats.P99Ms < 100 && health.StatusCode == HttpStatusCode.OK;
        Console.WriteLine(ok ? "flood: all targets met" : "flood: a target was missed");
        return ok ? 0 : 3;
    }
}
