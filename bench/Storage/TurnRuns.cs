using System.Diagnostics;
using System.Security.Cryptography;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReportBot.Bot;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// Whole turns over /api/messages against ReportBot in this process, and the bare comparison: a Blob client that makes
/// one conditional PUT per turn. Both use the bot's own Blob client settings (<see cref="BlobStoreClientOptions"/>)
/// with the same counting policy, the same concurrency and the same warm-up; the bare PUT carries as many bytes as the
/// bot's state writes did.
/// </summary>
internal static class TurnRuns
{
    private const int WarmUpTurns = 40;

    /// <param name="pace">Null: a closed loop (each conversation sends its next message when the last is answered). Otherwise
    /// each conversation sends one message per <paramref name="pace"/>, starting at a random moment within the first.</param>
    public static async Task<TurnResult> RunBotAsync(Dictionary<string, string> settings, int conversations, int turns, AzuriteProcess? azurite, TimeSpan? pace = null)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--environment", "Development" };
        args.AddRange(settings.Select(p => $"--{p.Key}={p.Value}"));
        var counter = new RequestCounter();
        var app = ReportBotApp.Build(args.ToArray(), b =>
        {
            b.Logging.ClearProviders();
            b.Services.AddSingleton<IStartupFilter, TurnScope>();
            // The bot builds its own Blob client from these (StorageServiceCollectionExtensions): its settings, plus a counter.
            b.Services.AddSingleton(_ => Counted(counter));
        });
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            // The kind "storage is not reachable" answer in either language (its start, which needs no JSON escaping): a
            // turn that gets it was not served, and the run stops.
            var catalog = app.Services.GetRequiredService<ReportBot.Resources.ITextCatalog>();
            _unavailable = [.. new[] { ReportBot.Resources.Language.Korean, ReportBot.Resources.Language.English }
                .Select(l => catalog.Get(ReportBot.Resources.Text.RedactionText.StorageUnavailable, l)[..20])];
            await RunConversationsAsync(http, "warm-up", Math.Min(conversations, 16), WarmUpTurns, null, pace: null);
            var drainer = app.Services.GetRequiredService<TranscriptOutboxDrainer>();
            await drainer.FlushAsync(CancellationToken.None);
            counter.Reset();
            var latencies = new List<(int Turn, double Ms)>();
            var cpu = Cpu.Start(azurite);
            var clock = Stopwatch.StartNew();
            await RunConversationsAsync(http, "bench", conversations, turns, latencies, pace);
            var elapsed = clock.Elapsed;
            var (benchCpu, azuriteCpu) = cpu.Stop();
            await drainer.FlushAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
            var total = conversations * turns;
            return new TurnResult(
                total / elapsed.TotalSeconds,
                LatencyStats.Of(latencies.Select(l => l.Ms).ToList()),
                LatencyStats.Of(latencies.Where(l => l.Turn < turns / 3).Select(l => l.Ms).ToList()),
                LatencyStats.Of(latencies.Where(l => l.Turn >= turns * 2 / 3).Select(l => l.Ms).ToList()),
                benchCpu / total,
                azuriteCpu / total,
                counter.Snapshot(),
                counter.MeanStatePutBytes,
                conversations,
                total,
                counter.BytesSnapshot(),
                counter.Samples);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public static async Task<TurnResult> RunBareAsync(AzuriteProcess azurite, string containerName, int conversations, int turns, int payloadBytes, BlobClientOptions? options = null, TimeSpan? pace = null)
    {
        var counter = new RequestCounter();
        options ??= BlobStoreClientOptions.Create();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(containerName);
        await container.CreateIfNotExistsAsync();
        var payload = RandomNumberGenerator.GetBytes(payloadBytes);
        var etags = new Azure.ETag[conversations];
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, _) =>
        {
            var blob = container.GetBlobClient($"state/{c:D4}");
            etags[c] = (await blob.UploadAsync(BinaryData.FromBytes(payload), overwrite: true)).Value.ETag;
            for (var t = 0; t < (c < 16 ? WarmUpTurns : 0); t++)
            {
                etags[c] = (await blob.UploadAsync(BinaryData.FromBytes(payload), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etags[c] } })).Value.ETag;
            }
        });
        counter.Reset();
        var latencies = new List<double>();
        var cpu = Cpu.Start(azurite);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, _) =>
        {
            var blob = container.GetBlobClient($"state/{c:D4}");
            var next = pace is { } first ? Stopwatch.GetTimestamp() + (long)(Random.Shared.NextDouble() * first.TotalSeconds * Stopwatch.Frequency) : 0;
            for (var t = 0; t < turns; t++)
            {
                next = await PaceAsync(next, pace);
                var started = Stopwatch.GetTimestamp();
                etags[c] = (await blob.UploadAsync(BinaryData.FromBytes(payload), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etags[c] } })).Value.ETag;
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
        var elapsed = clock.Elapsed;
        var (benchCpu, azuriteCpu) = cpu.Stop();
        var stats = LatencyStats.Of(latencies);
        var total = conversations * turns;
        return new TurnResult(total / elapsed.TotalSeconds, stats, stats, stats, benchCpu / total, azuriteCpu / total, counter.Snapshot(), payloadBytes, conversations, total, counter.BytesSnapshot(), counter.Samples);
    }

    private static BlobClientOptions Counted(RequestCounter counter)
    {
        var options = BlobStoreClientOptions.Create();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return options;
    }

    private static async Task RunConversationsAsync(HttpClient http, string prefix, int conversations, int turns, List<(int Turn, double Ms)>? latencies, TimeSpan? pace)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, _) =>
        {
            var next = pace is { } first ? Stopwatch.GetTimestamp() + (long)(Random.Shared.NextDouble() * first.TotalSeconds * Stopwatch.Frequency) : 0;
            for (var t = 0; t < turns; t++)
            {
                next = await PaceAsync(next, pace);
                var text = t == 0 ? "hello" : $"He keeps messaging me from 010-{1000 + t}-5678 and I want to keep a record of turn {t}.";
                var started = Stopwatch.GetTimestamp();
                await SendAsync(http, $"{prefix}-{c}", text, firstTurn: t == 0);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (latencies is not null)
                {
                    lock (latencies)
                    {
                        latencies.Add((t, ms));
                    }
                }
            }
        });
    }

    // Waits until the message is due (an open loop: a late answer does not delay the next message) and returns when the
    // one after it is due.
    private static string[] _unavailable = [];

    private static async Task<long> PaceAsync(long due, TimeSpan? pace)
    {
        if (pace is not { } interval)
        {
            return 0;
        }

        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        return due + (long)(interval.TotalSeconds * Stopwatch.Frequency);
    }

    // Close to the default benchmark's load generator (LoadRunner): the JSON written directly and the answer only parsed
    // (not bound to Activity objects), so the load generator's own work (it shares the cores with the bot and Azurite)
    // stays small.
    private static async Task SendAsync(HttpClient http, string conversationId, string text, bool firstTurn)
    {
        var body = $$"""
            {"type":"message","id":"{{Guid.NewGuid():N}}","channelId":"test","serviceUrl":"http://127.0.0.1/unused",
             "deliveryMode":"expectReplies","from":{"id":"bench-user-{{conversationId}}"},"recipient":{"id":"reportbot"},
             "conversation":{"id":"{{conversationId}}"},"text":{{System.Text.Json.JsonSerializer.Serialize(text)}}}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (firstTurn)
        {
            request.Headers.Add(TurnScope.FirstTurnHeader, "1");
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadAsStringAsync();
        using var replies = System.Text.Json.JsonDocument.Parse(answer);
        if (!replies.RootElement.TryGetProperty("activities", out var activities) || activities.GetArrayLength() == 0 || _unavailable.Any(u => answer.Contains(u, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("A turn was not answered normally.");
        }
    }

    /// <summary>CPU used over a run by this process (load generator, bot and Blob client) and by Azurite.</summary>
    private sealed record Cpu(TimeSpan Bench, TimeSpan Azurite, AzuriteProcess? Process)
    {
        public static Cpu Start(AzuriteProcess? azurite) => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, azurite?.CpuTime ?? TimeSpan.Zero, azurite);

        public (double BenchMs, double AzuriteMs) Stop() => (
            (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - Bench).TotalMilliseconds,
            ((Process?.CpuTime ?? TimeSpan.Zero) - Azurite).TotalMilliseconds);
    }
}
