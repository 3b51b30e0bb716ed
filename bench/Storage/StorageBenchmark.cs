using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using Newtonsoft.Json;
using ReportBot.Bot;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// <c>dotnet run --project bench -c Release -- storage [--conversations 16] [--turns 100] [--rounds 3] [--lines 4000] [--shared-cores] [--requests] [--kinds]</c>:
/// whole turns over /api/messages with state and transcripts on Azurite and on the local disk, the transcript
/// drain alone, and the same writes from a bare Blob client against the same Azurite in the same run.
/// </summary>
public static class StorageBenchmark
{
    private const int Parallelism = 16;

    public static async Task<int> RunAsync(string[] args)
    {
        // Azurite on a core of its own (the last), this process (load generator, bot, bare client) on the others, as Azure
        // Storage runs on machines of its own: otherwise every millisecond of the turn is taken from Azurite, and the
        // ratio to the bare client (whose own work is 0.15 ms a PUT) measures the turn's CPU, not its storage.
        // --shared-cores: every process on every core, as before 2026-12-06 03:00.
        if (!BotRuntimeSettings.Applied)
        {
            var cores = Environment.ProcessorCount;
            return args.Contains("--shared-cores") || cores < 2
                ? await BotRuntimeSettings.RelaunchAsync(["storage", .. args])
                : await BotRuntimeSettings.RelaunchAsync(["storage", .. args, "--azurite-core", (cores - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], cores == 2 ? "0" : $"0-{cores - 2}");
        }

        var conversations = BenchArgs.Option(args, "--conversations", 16);
        var turns = BenchArgs.Option(args, "--turns", 100);
        var rounds = BenchArgs.Option(args, "--rounds", 3);
        var lines = BenchArgs.Option(args, "--lines", 4000);
        var root = RepositoryRoot();
        var azuriteCore = BenchArgs.Option(args, "--azurite-core", -1);
        await using var azurite = await AzuriteProcess.StartAsync(root, azuriteCore < 0 ? null : azuriteCore.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var kek = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        if (args.Contains("--clients"))
        {
            return await ClientSettingsBenchmark.RunAsync(azurite, conversations, turns, rounds);
        }

        if (args.Contains("--kinds"))
        {
            return await RequestKindBenchmark.RunAsync(azurite, args);
        }

        var layout = azuriteCore < 0 ? "every process on every core (--shared-cores)" : $"Azurite on core {azuriteCore}, this process on {Environment.ProcessorCount} other core(s)";
        Console.WriteLine($"ReportBot storage benchmark: {conversations} conversations x {turns} turns, {rounds} rounds after an uncounted one; transcript drain of {lines} lines; parallelism {Parallelism}; {layout}.");

        // An uncounted round of each first: the JIT compiles the bot's code (and the Blob client's) while it runs, which
        // would otherwise fall on the bot's first counted round only (it ran 10 - 15 points below the second).
        var folders = new List<string>();
        var warmUpSettings = Settings(kek, azurite.ConnectionString, "bench-warm-up");
        folders.Add(warmUpSettings["Storage:LocalPath"]);
        await TurnRuns.RunBotAsync(warmUpSettings, conversations, turns, azurite);
        await TurnRuns.RunBareAsync(azurite, "bench-bare-warm-up", conversations, turns, 1400);

        // Bot and bare client alternate, so a machine that gets busier or quieter does not favour either.
        var blobRounds = new List<TurnResult>();
        var bareRounds = new List<TurnResult>();
        for (var round = 0; round < rounds; round++)
        {
            var blobSettings = Settings(kek, azurite.ConnectionString, $"bench-turns-{round}");
            folders.Add(blobSettings["Storage:LocalPath"]);
            blobRounds.Add(await TurnRuns.RunBotAsync(blobSettings, conversations, turns, azurite));
            bareRounds.Add(await TurnRuns.RunBareAsync(azurite, $"bench-bare-state-{round}", conversations, turns, blobRounds[^1].PutBytes));
        }

        // Paced: many conversations, each sending one message a second (people type), against the same bare PUTs.
        var pacedConversations = BenchArgs.Option(args, "--paced-conversations", 200);
        var pacedTurns = BenchArgs.Option(args, "--paced-seconds", 10);
        var pacedSettings = Settings(kek, azurite.ConnectionString, "bench-paced");
        folders.Add(pacedSettings["Storage:LocalPath"]);
        var pacedBot = await TurnRuns.RunBotAsync(pacedSettings, pacedConversations, pacedTurns, azurite, TimeSpan.FromSeconds(1));
        var pacedBare = await TurnRuns.RunBareAsync(azurite, "bench-bare-paced", pacedConversations, pacedTurns, pacedBot.PutBytes, pace: TimeSpan.FromSeconds(1));

        var diskSettings = Settings(kek, null, null);
        folders.Add(diskSettings["Storage:LocalPath"]);
        var diskTurns = await TurnRuns.RunBotAsync(diskSettings, conversations, turns, azurite: null);
        var pacedDiskSettings = Settings(kek, null, null);
        folders.Add(pacedDiskSettings["Storage:LocalPath"]);
        var pacedDisk = await TurnRuns.RunBotAsync(pacedDiskSettings, pacedConversations, pacedTurns, azurite: null, TimeSpan.FromSeconds(1));
        // Bare uploads before and after the drain, so a machine that gets busier or quieter does not favour either.
        var bareBefore = await RunBareTranscriptAsync(azurite.ConnectionString, lines, 1100);
        var drainSettings = Settings(kek, azurite.ConnectionString, "bench-drain");
        folders.Add(drainSettings["Storage:LocalPath"]);
        var drain = await RunDrainAsync(drainSettings, lines);
        var bareAfter = await RunBareTranscriptAsync(azurite.ConnectionString, lines, drain.SealedSize);
        var bareTranscript = (bareBefore + bareAfter) / 2;
        var consoleSettings = Settings(kek, azurite.ConnectionString, "bench-console");
        folders.Add(consoleSettings["Storage:LocalPath"]);
        var console = await RunConsoleReadAsync(consoleSettings, 500);

        Console.WriteLine();
        Console.WriteLine("| run | throughput | latency | CPU ms per turn: this process (load, bot, Blob client) / Azurite (the share of a core Azurite was busy) |");
        Console.WriteLine("|---|---|---|---|");
        for (var round = 0; round < rounds; round++)
        {
            var (bot, bare) = (blobRounds[round], bareRounds[round]);
            Console.WriteLine(FormattableString.Invariant($"| {round + 1}: turns, state+transcripts on Azurite | {bot.PerSecond:F1} turns/s | {bot.All}; first third p99 {bot.Early.P99Ms:F1} ms, last third p99 {bot.Late.P99Ms:F1} ms | {bot.BenchCpuMsPerTurn:F2} / {bot.AzuriteCpuMsPerTurn:F2} ({bot.AzuriteCpuMsPerTurn * bot.PerSecond / 1000:P0}) |"));
            Console.WriteLine(FormattableString.Invariant($"| {round + 1}: bare Blob client, one conditional PUT (If-Match, {bare.PutBytes} bytes) per turn | {bare.PerSecond:F1} turns/s | {bare.All} | {bare.BenchCpuMsPerTurn:F2} / {bare.AzuriteCpuMsPerTurn:F2} ({bare.AzuriteCpuMsPerTurn * bare.PerSecond / 1000:P0}) |"));
        }

        Console.WriteLine(FormattableString.Invariant($"| paced, {pacedConversations} conversations x 1 message/s: turns on Azurite | {pacedBot.PerSecond:F1} turns/s | {pacedBot.All}; first third p50 / p99 {pacedBot.Early.P50Ms:F1} / {pacedBot.Early.P99Ms:F1} ms, last third {pacedBot.Late.P50Ms:F1} / {pacedBot.Late.P99Ms:F1} ms | {pacedBot.BenchCpuMsPerTurn:F2} / {pacedBot.AzuriteCpuMsPerTurn:F2} |"));
        Console.WriteLine(FormattableString.Invariant($"| paced, {pacedConversations} blobs x 1 PUT/s: bare Blob client | {pacedBare.PerSecond:F1} turns/s | {pacedBare.All} | {pacedBare.BenchCpuMsPerTurn:F2} / {pacedBare.AzuriteCpuMsPerTurn:F2} |"));
        Console.WriteLine(FormattableString.Invariant($"| paced, {pacedConversations} conversations x 1 message/s: turns on the local disk | {pacedDisk.PerSecond:F1} turns/s | {pacedDisk.All}; first third p50 / p99 {pacedDisk.Early.P50Ms:F1} / {pacedDisk.Early.P99Ms:F1} ms, last third {pacedDisk.Late.P50Ms:F1} / {pacedDisk.Late.P99Ms:F1} ms | {pacedDisk.BenchCpuMsPerTurn:F2} / - |"));
        Console.WriteLine(FormattableString.Invariant($"| turns, local disk | {diskTurns.PerSecond:F1} turns/s | {diskTurns.All}; first third p99 {diskTurns.Early.P99Ms:F1} ms, last third p99 {diskTurns.Late.P99Ms:F1} ms | {diskTurns.BenchCpuMsPerTurn:F2} / - |"));
        Console.WriteLine(FormattableString.Invariant($"| transcript outbox append (fsync, group commit) | {drain.AppendPerSecond:F0} lines/s | | |"));
        Console.WriteLine(FormattableString.Invariant($"| transcript drain to Azurite | {drain.PerSecond:F0} lines/s | | {drain.CpuMsPerLine:F3} per line (this process: outbox read, encryption, Blob client) |"));
        Console.WriteLine(FormattableString.Invariant($"| bare Blob client, same create-only uploads (before / after the drain) | {bareBefore:F0} / {bareAfter:F0} lines/s | | |"));
        Console.WriteLine();
        var last = blobRounds[^1];
        Console.WriteLine("Blob requests per turn, by kind (last round; counted on the bot's own client):");
        Console.WriteLine(FormattableString.Invariant($"  a conversation's first turn: {last.Breakdown(TurnPhase.FirstTurn)}"));
        Console.WriteLine(FormattableString.Invariant($"  every later turn:            {last.Breakdown(TurnPhase.LaterTurn)}"));
        Console.WriteLine(FormattableString.Invariant($"  off the path (drain):        {last.Breakdown(TurnPhase.OffPath)}"));
        Console.WriteLine(FormattableString.Invariant($"Blob requests on a turn's path: {last.LaterTurnRequestsPerTurn:F2} per later turn (target 1), {last.PathRequestsPerTurn:F2} per turn with the first; off the path: {last.OffPathRequestsPerTurn:F2} per turn"));
        Console.WriteLine(FormattableString.Invariant($"Mean body by kind: bot (last round) {last.MeanBytes()}; bare {bareRounds[^1].MeanBytes()}"));
        if (args.Contains("--requests"))
        {
            // The first request of each kind as each client sent it: what the service has to read besides the body.
            Console.WriteLine("Requests as sent (the first of each kind; bot, then the bare client):");
            foreach (var (kind, sample) in last.Samples!.Concat(bareRounds[^1].Samples!.Select(s => new KeyValuePair<string, string>("bare " + s.Key, s.Value))).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {kind}: {sample}");
            }
        }

        Console.WriteLine(FormattableString.Invariant($"Paced ({pacedConversations} x 1/s): later turns {pacedBot.Breakdown(TurnPhase.LaterTurn)}; off the path {pacedBot.Breakdown(TurnPhase.OffPath)}; turn p99 / bare PUT p99 {pacedBot.All.P99Ms / pacedBare.All.P99Ms:F2}"));
        var ratios = blobRounds.Zip(bareRounds, (bot, bare) => bot.PerSecond / bare.PerSecond).ToList();
        var p99s = blobRounds.Zip(bareRounds, (bot, bare) => bot.All.P99Ms / bare.All.P99Ms).ToList();
        Console.WriteLine(FormattableString.Invariant($"Azurite turns / bare conditional PUTs: {ratios.Average():P0} (rounds: {string.Join(", ", ratios.Select(r => r.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))}) (target >= 80%)"));
        Console.WriteLine(FormattableString.Invariant($"Turn p99 / bare PUT p99: {p99s.Average():F2} (rounds: {string.Join(", ", p99s.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}) (target <= 3)"));
        Console.WriteLine(FormattableString.Invariant($"Azurite turns / local-disk turns: {blobRounds.Average(r => r.PerSecond) / diskTurns.PerSecond:P0}"));
        Console.WriteLine(FormattableString.Invariant($"Reading a {console.Lines}-line transcript for the console: {console.Requests} Blob requests, {console.Ms:F0} ms"));
        Console.WriteLine(FormattableString.Invariant($"Transcript drain / bare uploads: {drain.PerSecond / bareTranscript:P0} (target >= 80%)"));
        Console.WriteLine(FormattableString.Invariant($"p99 last third / first third of each conversation: Azurite {last.Late.P99Ms / last.Early.P99Ms:F2}, local disk {diskTurns.Late.P99Ms / diskTurns.Early.P99Ms:F2} (about 1 means p99 does not grow with transcript length)"));
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await drainer.StartAsync(CancellationToken.None);
        await drainer.FlushAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);
        var perSecond = lines / clock.Elapsed.TotalSeconds;
        var cpuMsPerLine = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / lines;
        await drainer.StopAsync(CancellationToken.None);
        var sample = new TranscriptEntry(new string('0', 32), Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, 1, DateTimeOffset.UtcNow, activity);
        var sealedSize = 29 + System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(sample).Length;
        return new DrainResult(appendPerSecond, perSecond, sealedSize, cpuMsPerLine);
    }

    // One case with 500 lines, drained in batches as turns would leave them, then read as the console reads it.
    private static async Task<(int Lines, long Requests, double Ms)> RunConsoleReadAsync(Dictionary<string, string> settings, int lines)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
        var counter = new RequestCounter();
        var options = BlobStoreClientOptions.Create();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReportBotCore(configuration);
        services.AddSingleton(options); // the bot's own client, counted
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
        return (read, counter.Total((_, _) => true), ms);
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

    private sealed record DrainResult(double AppendPerSecond, double PerSecond, int SealedSize, double CpuMsPerLine);
}
