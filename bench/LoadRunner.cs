using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ReportBot.Benchmarks;

/// <summary>Drives conversations through POST /api/messages with deliveryMode expectReplies.</summary>
internal sealed class LoadRunner(Uri baseAddress) : IDisposable
{
    /// <summary>What each simulated survivor sends, in a loop: greeting, menu choices, language switches, a retry.</summary>
    /// <remarks>Read from bench/script.txt (one message a line), copied beside the benchmark.</remarks>
    public static readonly string[] Script = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "script.txt"))
        .Where(line => line.Length > 0)
        .ToArray();

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Closed loop: each user sends its next message as soon as the previous one is answered.</summary>
    public async Task<LatencyStats> ClosedLoopAsync(string runId, int users, int turnsPerUser)
    {
        var latencies = new List<double>[users];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async u =>
        {
            latencies[u] = new List<double>(turnsPerUser);
            for (var t = 0; t < turnsPerUser; t++)
            {
                var (ok, ms) = await SendAsync($"{runId}-c{u}", Script[t % Script.Length]);
                if (ok)
                {
                    latencies[u].Add(ms);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return LatencyStats.From(latencies.SelectMany(l => l).ToList(), errors, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Open loop: every conversation sends one message per <paramref name="interval"/>, on a fixed schedule with
    /// starts spread over one interval, so the latency measured is the server's, not a queue the client built.
    /// </summary>
    /// <param name="trace">When given, receives each answered turn's start (UTC ticks) and latency, for <c>--probe</c>.</param>
    public async Task<LatencyStats> OpenLoopAsync(string runId, int conversations, TimeSpan interval, TimeSpan duration, List<(long StartTicks, double Ms)>? trace = null)
    {
        var latencies = new List<double>[conversations];
        var errors = 0;
        var random = new Random(42);
        var offsets = Enumerable.Range(0, conversations).Select(_ => TimeSpan.FromMilliseconds(random.NextDouble() * interval.TotalMilliseconds)).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            latencies[c] = [];
            var turn = 0;
            for (var due = offsets[c]; due < duration; due += interval)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var startTicks = DateTime.UtcNow.Ticks;
                var (ok, ms) = await SendAsync($"{runId}-o{c}", Script[turn++ % Script.Length]);
                if (ok)
                {
                    latencies[c].Add(ms);
                    if (trace is not null)
                    {
                        lock (trace)
                        {
                            trace.Add((startTicks, ms));
                        }
                    }
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return LatencyStats.From(latencies.SelectMany(l => l).ToList(), errors, clock.Elapsed.TotalSeconds);
    }

    public void Dispose() => _http.Dispose();

    private async Task<(bool Ok, double Ms)> SendAsync(string conversationId, string text)
    {
        var body = Activity(conversationId, text);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("/api/messages", content);
            var payload = await response.Content.ReadAsStringAsync();
            var ok = response.StatusCode == HttpStatusCode.OK && payload.Contains("\"activities\"", StringComparison.Ordinal);
            return (ok, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (false, 0);
        }
    }

    private static string Activity(string conversationId, string text) =>
        $$"""
        {"type":"message","id":"{{Guid.NewGuid():N}}","channelId":"bench","serviceUrl":"http://127.0.0.1/unused",
         "deliveryMode":"expectReplies","from":{"id":"user-{{conversationId}}"},"recipient":{"id":"bot"},
         "conversation":{"id":"{{conversationId}}"},"text":{{JsonSerializer.Serialize(text)}}}
        """;
}
