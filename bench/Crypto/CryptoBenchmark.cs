using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Benchmarks.Crypto;

/// <summary>
/// CPU time of the cryptography a turn does, piece by piece, as a turn of the load script calls it (counted with
/// uprobes on libcrypto, README "CPU per turn, fifth round"): the pseudonym of the conversation (five times a turn), a
/// state's ETag (SHA-256 against XxHash128 of the same bytes), one AES-GCM seal of a state-sized object, and the outbox's
/// sealing of a turn's three transcript lines (one seal a line against one seal for the three), and reads of a turn
/// item from Bot Builder's TurnState (culture-aware keys: an ICU sort key each) against the app's TurnItems. Alternating rounds, one
/// thread, CPU time of the process; run two builds' output alternately for a before/after of what changed in the app.
///   dotnet run --project bench -c Release --no-build -- crypto [--iterations 20000] [--rounds 5]
/// </summary>
internal static class CryptoBenchmark
{
    public static int Run(string[] args)
    {
        var iterations = BenchArgs.Option(args, "--iterations", 20000);
        var rounds = BenchArgs.Option(args, "--rounds", 5);
        var options = Options.Create(new StorageOptions { KeyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        var keys = new KeyMaterial(options, NullLogger<KeyMaterial>.Instance);
        var pseudonyms = new Pseudonymizer(keys);
        var conversations = Enumerable.Range(0, 16).Select(i => $"bench-{Guid.NewGuid():N}-{i}").ToArray();
        var state = new byte[3000];
        Random.Shared.NextBytes(state);
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var lines = Enumerable.Range(0, 3).Select(i => new TranscriptEntry(
            "0123456789abcdef0123456789abcdef", $"entry-{i}", DateTimeOffset.UtcNow, i, DateTimeOffset.UtcNow,
            "{\"type\":\"message\",\"text\":\"" + new string('x', 300) + "\",\"from\":{\"role\":\"bot\"}}")).ToArray();
        var outboxKey = keys.OutboxKey;
        var turn = 0;
        var adapter = new TestAdapter();
        using var context = new TurnContext(adapter, adapter.MakeActivity("hello"));
        context.TurnState["ReportBot.ReplyBuffer"] = new object();
        TurnItems.Of(context).Set("ReportBot.ReplyBuffer", new object());

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iterations} x each per round, {rounds} rounds (the first is uncounted)"));
        Console.WriteLine($"{"operation",-44}{"CPU us/op",11}{"bytes alloc",13}");
        var results = new Dictionary<string, List<(double Us, double Bytes)>>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, run) in new (string, Action)[]
            {
                ("a turn's 5 pseudonyms (16 conversations)", () =>
                {
                    var conversation = conversations[turn++ & 15];
                    for (var i = 0; i < 5; i++)
                    {
                        pseudonyms.CaseId("directline", conversation);
                    }
                }),
                ("ETag, SHA-256 of 3,000 bytes", () => Convert.ToHexStringLower(SHA256.HashData(state).AsSpan(0, 16))),
                ("ETag, XxHash128 of 3,000 bytes", () => Convert.ToHexStringLower(XxHash128.Hash(state))),
                ("seal 3,000 bytes (Envelope.Seal)", () => Envelope.Seal(dataKey, state, "state/0123456789abcdef")),
                ("a turn's 3 lines, one seal each", () =>
                {
                    foreach (var line in lines)
                    {
                        Envelope.Seal(outboxKey, JsonSerializer.SerializeToUtf8Bytes(line, LineJsonContext.Default.TranscriptEntry), "outbox");
                    }
                }),
                ("a turn's 3 lines, one seal", () =>
                    Envelope.Seal(outboxKey, JsonSerializer.SerializeToUtf8Bytes(lines, LineJsonContext.Default.TranscriptEntryArray), "outbox")),
                ("10 TurnState reads (Bot Builder's, ICU)", () =>
                {
                    for (var i = 0; i < 10; i++)
                    {
                        context.TurnState.Get<object>("ReportBot.ReplyBuffer");
                    }
                }),
                ("10 TurnItems reads (ordinal)", () =>
                {
                    for (var i = 0; i < 10; i++)
                    {
                        TurnItems.Find<object>(context, "ReportBot.ReplyBuffer");
                    }
                }),
            })
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Environment.CpuUsage.TotalTime;
                for (var i = 0; i < iterations; i++)
                {
                    run();
                }

                // CPU time of the process (one thread here, plus the GC's): on a shared machine, waiting for a core does not count.
                if (round > 0)
                {
                    (results.TryGetValue(name, out var list) ? list : results[name] = []).Add(((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / iterations, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)iterations));
                }
            }
        }

        foreach (var (name, list) in results)
        {
            var us = list.Select(r => r.Us).Order().ToList();
            var bytes = list.Select(r => r.Bytes).Order().ToList()[list.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44}{us[us.Count / 2],11:F2}{bytes,13:F0}   (rounds {string.Join(", ", list.Select(r => r.Us.ToString("F2", CultureInfo.InvariantCulture)))})"));
        }

        return 0;
    }
}
