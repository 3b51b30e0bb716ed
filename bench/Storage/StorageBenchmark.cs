using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using Newtonsoft.Json;
using ReportBot.Bot;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// <c>dotnet run --project bench -c Release -- storage [--conversations 16] [--turns 40] [--lines 4000]</c>:
/// whole turns over /api/messages with state and transcripts on Azurite and on the local disk, the transcript
/// drain alone, and the same writes from a bare Blob client against the same Azurite in the same run.
/// </summary>
public static class StorageBenchmark
{
    private const int Parallelism = 16;

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations", 16);
        var turns = Option(args, "--turns", 40);
        var lines = Option(args, "--lines", 4000);
        var root = RepositoryRoot();
        await using var azurite = await AzuriteProcess.StartAsync(root);
        var kek = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Console.WriteLine($"ReportBot storage benchmark: {conversations} conversations x {turns} turns; transcript drain of {lines} lines; parallelism {Parallelism}; {Environment.ProcessorCount} cores.");

        var blobSettings = Settings(kek, azurite.ConnectionString, "bench-turns");
        var diskSettings = Settings(kek, null, null);
        var blobTurns = await RunTurnsAsync(blobSettings, conversations, turns);
        var diskTurns = await RunTurnsAsync(diskSettings, conversations, turns);
        var bareState = await RunBareStateAsync(azurite.ConnectionString, conversations, turns);
        // Bare uploads before and after the drain, so a machine that gets busier or quieter does not favour either.
        var bareBefore = await RunBareTranscriptAsync(azurite.ConnectionString, lines, 1100);
        var drainSettings = Settings(kek, azurite.ConnectionString, "bench-drain");
        var drain = await RunDrainAsync(drainSettings, lines);
        var bareAfter = await RunBareTranscriptAsync(azurite.ConnectionString, lines, drain.SealedSize);
        var bareTranscript = (bareBefore + bareAfter) / 2;
        var console = await RunConsoleReadAsync(Settings(kek, azurite.ConnectionString, "bench-console"), 500);

        Console.WriteLine();
        Console.WriteLine("| run | throughput | latency |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(FormattableString.Invariant($"| turns, state+transcripts on Azurite | {blobTurns.PerSecond:F1} turns/s | {blobTurns.All}; first third p99 {blobTurns.Early.P99Ms:F1} ms, last third p99 {blobTurns.Late.P99Ms:F1} ms; bot+client CPU {blobTurns.CpuMsPerTurn:F1} ms/turn |"));
        Console.WriteLine(FormattableString.Invariant($"| turns, local disk | {diskTurns.PerSecond:F1} turns/s | {diskTurns.All}; first third p99 {diskTurns.Early.P99Ms:F1} ms, last third p99 {diskTurns.Late.P99Ms:F1} ms; bot+client CPU {diskTurns.CpuMsPerTurn:F1} ms/turn |"));
        Console.WriteLine(FormattableString.Invariant($"| bare Blob client, one conditional PUT (If-Match) per turn | {bareState.PerSecond:F1} turns/s | {bareState.All} |"));
        Console.WriteLine(FormattableString.Invariant($"| transcript outbox append (fsync, group commit) | {drain.AppendPerSecond:F0} lines/s | |"));
        Console.WriteLine(FormattableString.Invariant($"| transcript drain to Azurite | {drain.PerSecond:F0} lines/s | |"));
        Console.WriteLine(FormattableString.Invariant($"| bare Blob client, same create-only uploads (before / after the drain) | {bareBefore:F0} / {bareAfter:F0} lines/s | |"));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Azurite turns / local-disk turns: {blobTurns.PerSecond / diskTurns.PerSecond:P0}"));
        Console.WriteLine(FormattableString.Invariant($"Blob requests on a turn's path (state and keys): {blobTurns.StateRequestsPerTurn:F2} per turn (target 1); transcript requests off the path: {blobTurns.TranscriptRequestsPerTurn:F2} per turn"));
        Console.WriteLine(FormattableString.Invariant($"Azurite turns / bare conditional PUTs: {blobTurns.PerSecond / bareState.PerSecond:P0} (target >= 80%)"));
        Console.WriteLine(FormattableString.Invariant($"Turn p99 / bare PUT p99: {blobTurns.All.P99Ms / bareState.All.P99Ms:F2} (target <= 3)"));
        Console.WriteLine(FormattableString.Invariant($"Reading a {console.Lines}-line transcript for the console: {console.Requests} Blob requests, {console.Ms:F0} ms"));
        Console.WriteLine(FormattableString.Invariant($"Transcript drain / bare uploads: {drain.PerSecond / bareTranscript:P0} (target >= 80%)"));
        foreach (var folder in new[] { blobSettings, diskSettings, drainSettings }.Select(s => s["Storage:LocalPath"]))
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine(FormattableString.Invariant($"p99 last third / first third of each conversation: Azurite {blobTurns.Late.P99Ms / blobTurns.Early.P99Ms:F2}, local disk {diskTurns.Late.P99Ms / diskTurns.Early.P99Ms:F2} (about 1 means p99 does not grow with transcript length)"));
        return 0;
    }

    private static async Task<TurnResult> RunTurnsAsync(Dictionary<string, string> settings, int conversations, int turns)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--environment", "Development" };
        args.AddRange(settings.Select(p => $"--{p.Key}={p.Value}"));
        var counter = new RequestCounter();
        var app = ReportBotApp.Build(args.ToArray(), b =>
        {
            b.Logging.ClearProviders();
            if (settings.TryGetValue("Storage:BlobConnectionString", out var connection))
            {
                // The bot's own Blob store, on a client that counts what it sends.
                var options = new BlobClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                b.Services.AddSingleton<IObjectStore>(new BlobObjectStore(new BlobServiceClient(connection, options).GetBlobContainerClient(settings["Storage:Container"])));
            }
        });
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            await SendAsync(http, "warm-up", "hello");
            Interlocked.Exchange(ref _repliesSeen, 0);
            await app.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(CancellationToken.None);
            counter.Reset();
            var latencies = new List<(int Turn, double Ms)>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, _) =>
            {
                for (var t = 0; t < turns; t++)
                {
                    var text = t == 0 ? "hello" : $"He keeps messaging me from 010-{1000 + t}-5678 and I want to keep a record of turn {t}.";
                    var started = Stopwatch.GetTimestamp();
                    await SendAsync(http, $"bench-{c}", text);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies)
                    {
                        latencies.Add((t, ms));
                    }
                }
            });
            var elapsed = clock.Elapsed;
            var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (conversations * turns);
            var onPath = counter.Counts;
            await app.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
            var drained = counter.Counts;
            var total = conversations * turns;
            return new TurnResult(
                total / elapsed.TotalSeconds,
                (onPath.State + onPath.Keys) / (double)total,
                drained.Transcripts / (double)total,
                cpuPerTurn,
                LatencyStats.Of(latencies.Select(l => l.Ms).ToList()),
                LatencyStats.Of(latencies.Where(l => l.Turn < turns / 3).Select(l => l.Ms).ToList()),
                LatencyStats.Of(latencies.Where(l => l.Turn >= turns * 2 / 3).Select(l => l.Ms).ToList()));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<TurnResult> RunBareStateAsync(string connectionString, int conversations, int turns)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-bare-state");
        await container.CreateIfNotExistsAsync();
        var payload = RandomNumberGenerator.GetBytes(1500);
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, _) =>
        {
            var blob = container.GetBlobClient($"state/{c:D4}");
            var etag = (await blob.UploadAsync(BinaryData.FromBytes(payload), overwrite: true)).Value.ETag;
            for (var t = 0; t < turns; t++)
            {
                var started = Stopwatch.GetTimestamp();
                etag = (await blob.UploadAsync(BinaryData.FromBytes(payload), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } })).Value.ETag;
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
        var stats = LatencyStats.Of(latencies);
        return new TurnResult(conversations * turns / clock.Elapsed.TotalSeconds, 1, 0, 0, stats, stats, stats);
    }

    private static async Task<DrainResult> RunDrainAsync(Dictionary<string, string> settings, int lines)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReportBotCore(configuration);
        await using var provider = services.BuildServiceProvider();
        var outbox = provider.GetRequiredService<TranscriptOutbox>();
        var stamps = provider.GetRequiredService<TranscriptClock>();
        var activity = JsonConvert.SerializeObject(MessageFactory(new string('x', 400)));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, lines), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
        {
            var (timestamp, sequence) = stamps.Next();
            await outbox.AppendAsync(new TranscriptEntry($"{i % 64:x32}", Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, activity), ct);
        });
        var appendPerSecond = lines / clock.Elapsed.TotalSeconds;

        var drainer = provider.GetRequiredService<TranscriptOutboxDrainer>();
        clock.Restart();
        await drainer.StartAsync(CancellationToken.None);
        await drainer.FlushAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);
        var perSecond = lines / clock.Elapsed.TotalSeconds;
        await drainer.StopAsync(CancellationToken.None);
        var sample = new TranscriptEntry(new string('0', 32), Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, 1, DateTimeOffset.UtcNow, activity);
        var sealedSize = 29 + System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(sample).Length;
        return new DrainResult(appendPerSecond, perSecond, sealedSize);
    }

    // One case with 500 lines, drained in batches as turns would leave them, then read as the console reads it.
    private static async Task<(int Lines, long Requests, double Ms)> RunConsoleReadAsync(Dictionary<string, string> settings, int lines)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
        var counter = new RequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReportBotCore(configuration);
        services.AddSingleton<IObjectStore>(new BlobObjectStore(new BlobServiceClient(settings["Storage:BlobConnectionString"], options).GetBlobContainerClient(settings["Storage:Container"])));
        await using var provider = services.BuildServiceProvider();
        var outbox = provider.GetRequiredService<TranscriptOutbox>();
        var stamps = provider.GetRequiredService<TranscriptClock>();
        var drainer = provider.GetRequiredService<TranscriptOutboxDrainer>();
        await drainer.StartAsync(CancellationToken.None);
        var caseId = new string('c', 32);
        var activity = JsonConvert.SerializeObject(MessageFactory(new string('x', 200)));
        for (var i = 0; i < lines; i += 2)
        {
            var (timestamp, sequence) = stamps.Next();
            await outbox.AppendAsync([new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, activity), new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence + 1, timestamp, activity)], CancellationToken.None);
            if (i % 50 == 0)
            {
                await drainer.FlushAsync(CancellationToken.None);
            }
        }

        await drainer.FlushAsync(CancellationToken.None);
        await drainer.StopAsync(CancellationToken.None);
        // The data key is still cached from the drain, as on the instance that served the conversation; a cold
        // reader makes one request more (keys/{case}).
        var reader = provider.GetRequiredService<TranscriptReader>();
        counter.Reset();
        var clock = Stopwatch.StartNew();
        var read = 0;
        await foreach (var _ in reader.ReadCaseAsync(caseId, CancellationToken.None))
        {
            read++;
        }

        var ms = clock.Elapsed.TotalMilliseconds;
        var (state, keys, transcripts) = counter.Counts;
        return (read, state + keys + transcripts, ms);
    }

    private static async Task<double> RunBareTranscriptAsync(string connectionString, int lines, int size)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-bare-transcripts");
        await container.CreateIfNotExistsAsync();
        var payload = RandomNumberGenerator.GetBytes(size);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, lines), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
        {
            var name = $"transcripts/{i % 64:x32}/{DateTimeOffset.UtcNow.UtcTicks:D19}-{i:D12}-{Guid.NewGuid():N}";
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(payload), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, ct);
        });
        return lines / clock.Elapsed.TotalSeconds;
    }

    private static Activity MessageFactory(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "bench",
        From = new ChannelAccount("u_" + new string('a', 32)),
        Recipient = new ChannelAccount("reportbot"),
        Conversation = new ConversationAccount(id: new string('b', 32)),
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
    };

    private static long _repliesSeen;

    private static async Task SendAsync(HttpClient http, string conversationId, string text)
    {
        var activity = MessageFactory(text);
        activity.ChannelId = "test";
        activity.ServiceUrl = "http://127.0.0.1/unused";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.From = new ChannelAccount("bench-user-" + conversationId);
        activity.Conversation = new ConversationAccount(id: conversationId);
        using var response = await http.PostAsync("/api/messages", new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync());
        if (replies?.Activities is not { Count: > 0 } || replies.Activities.Any(a => a.Text?.Contains("can't reach my storage", StringComparison.Ordinal) == true))
        {
            throw new InvalidOperationException("A turn was not answered normally.");
        }

        Interlocked.Add(ref _repliesSeen, replies.Activities.Count);
    }

    private static Dictionary<string, string> Settings(string kek, string? connectionString, string? container)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:KeyEncryptionKey"] = kek,
            ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-bench-").FullName,
        };
        if (connectionString is not null)
        {
            settings["Storage:BlobConnectionString"] = connectionString;
            settings["Storage:Container"] = container!;
            // Everything instances on shared storage must have in common (SharedSecretsValidation).
            foreach (var key in new[] { "Storage:PseudonymSecret", "Cases:CodePepper", "Handoff:EncryptionKey", "Counsellor:SigningKey", "DirectLine:TokenSigningKey" })
            {
                settings[key] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            }
        }

        return settings;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private sealed record TurnResult(double PerSecond, double StateRequestsPerTurn, double TranscriptRequestsPerTurn, double CpuMsPerTurn, LatencyStats All, LatencyStats Early, LatencyStats Late);

    private sealed record DrainResult(double AppendPerSecond, double PerSecond, int SealedSize);
}
