using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// <c>storage --kinds [--state-bytes 1400] [--append-bytes 29000]</c>: what each kind of request a turn or the drain
/// sends costs Azurite, alone. For each kind a bare client (the bot's client settings) sends only that request, 16 at a
/// time, and the run divides Azurite's CPU time by the requests; kinds alternate over rounds after an uncounted one. The
/// bot's CPU per turn in Azurite is then about its requests per turn (the storage benchmark's breakdown) times these.
/// </summary>
internal static class RequestKindBenchmark
{
    private const int Parallelism = 16;

    public static async Task<int> RunAsync(AzuriteProcess azurite, string[] args)
    {
        var requests = BenchArgs.Option(args, "--turns", 200);
        var rounds = BenchArgs.Option(args, "--rounds", 3);
        var stateBytes = BenchArgs.Option(args, "--state-bytes", 1400);
        var appendBytes = BenchArgs.Option(args, "--append-bytes", 29000);
        var client = new BlobServiceClient(azurite.ConnectionString, BlobStoreClientOptions.Create());
        var kinds = new (string Name, Func<BlobContainerClient, Func<int, int, Task>> Prepare)[]
        {
            ($"PUT state, If-Match, {stateBytes} bytes, 10-character name (the bare client's)", c => ConditionalPut(c, stateBytes, i => $"state/{i:D4}")),
            ($"PUT state, If-Match, {stateBytes} bytes, 38-character name (the bot's)", c => ConditionalPut(c, stateBytes, i => $"state/{i:x32}")),
            ($"PUT state, If-Match, {stateBytes * 2} bytes", c => ConditionalPut(c, stateBytes * 2, i => $"state/{i:x32}")),
            ($"PUT transcripts?comp=appendblock, {appendBytes} bytes (the drain's mean)", c => Append(c, appendBytes)),
            ($"PUT transcripts?comp=appendblock, {stateBytes} bytes", c => Append(c, stateBytes)),
            ("PUT transcripts, append blob create (If-None-Match: *)", c => (i, t) => c.GetAppendBlobClient($"transcripts/{i:x16}{t:x16}/lines").CreateAsync(new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } })),
            ("PUT keys, block blob create (If-None-Match: *), 61 bytes", c => (i, t) => c.GetBlobClient($"keys/{i:x16}{t:x16}").UploadAsync(BinaryData.FromBytes(new byte[61]), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } })),
            ("GET state, absent (404)", c => async (i, t) =>
            {
                try
                {
                    await c.GetBlobClient($"state/{i:x16}{t:x16}").DownloadContentAsync();
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                }
            }),
        };

        var totals = kinds.Select(_ => new List<(double PerSecond, double AzuriteMs, double BenchMs)>()).ToList();
        for (var round = -1; round < rounds; round++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var container = client.GetBlobContainerClient($"bench-kinds-{k}-{round + 1}");
                await container.CreateIfNotExistsAsync();
                var send = kinds[k].Prepare(container);
                await Parallel.ForEachAsync(Enumerable.Range(0, Parallelism), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) => await send(i, -1));
                var azuriteCpu = azurite.CpuTime;
                var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await Parallel.ForEachAsync(Enumerable.Range(0, Parallelism), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
                {
                    for (var t = 0; t < requests; t++)
                    {
                        await send(i, t);
                    }
                });
                var seconds = clock.Elapsed.TotalSeconds;
                var total = Parallelism * requests;
                if (round >= 0)
                {
                    totals[k].Add((total / seconds, (azurite.CpuTime - azuriteCpu).TotalMilliseconds / total, (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalMilliseconds / total));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"| request (alone, {Parallelism} at a time, {rounds} rounds of {Parallelism} x {requests}) | requests/s | CPU ms per request: Azurite (rounds) | this process |"));
        Console.WriteLine("|---|---|---|---|");
        for (var k = 0; k < kinds.Length; k++)
        {
            var r = totals[k];
            Console.WriteLine(FormattableString.Invariant($"| {kinds[k].Name} | {r.Average(x => x.PerSecond):F0} | {r.Average(x => x.AzuriteMs):F3} ({string.Join(", ", r.Select(x => x.AzuriteMs.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}) | {r.Average(x => x.BenchMs):F3} |"));
        }

        return 0;
    }

    // One blob per client, rewritten with If-Match on the ETag it got last (t = -1 creates it), as a turn's state write.
    private static Func<int, int, Task> ConditionalPut(BlobContainerClient container, int bytes, Func<int, string> name)
    {
        var payload = RandomNumberGenerator.GetBytes(bytes);
        var etags = new ETag[Parallelism];
        return async (i, t) =>
        {
            var conditions = t < 0 ? null : new BlobRequestConditions { IfMatch = etags[i] };
            etags[i] = (await container.GetBlobClient(name(i)).UploadAsync(BinaryData.FromBytes(payload), new BlobUploadOptions { Conditions = conditions })).Value.ETag;
        };
    }

    // One append blob per client, appended at the position it expects (t = -1 creates it), as the drainer appends.
    private static Func<int, int, Task> Append(BlobContainerClient container, int bytes)
    {
        var payload = RandomNumberGenerator.GetBytes(bytes);
        var lengths = new long[Parallelism];
        return async (i, t) =>
        {
            var blob = container.GetAppendBlobClient($"transcripts/{i:x32}/lines");
            if (t < 0)
            {
                await blob.CreateAsync(new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } });
                return;
            }

            using var stream = new MemoryStream(payload, writable: false);
            await blob.AppendBlockAsync(stream, new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = lengths[i] } });
            lengths[i] += bytes;
        };
    }
}
