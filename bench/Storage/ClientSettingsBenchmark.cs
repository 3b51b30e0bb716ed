using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// <c>storage --clients</c>: the bare conditional PUT loop with the SDK's default client settings, the bot's, and
/// variations, alternating, so a client setting is kept only for what it measurably saves (CPU per request here and
/// in Azurite, throughput, p99).
/// </summary>
internal static class ClientSettingsBenchmark
{
    public static async Task<int> RunAsync(AzuriteProcess azurite, int conversations, int turns, int rounds)
    {
        var variants = new (string Name, Func<BlobClientOptions> Create)[]
        {
            ("SDK defaults", () => new BlobClientOptions()),
            ("the bot's (BlobStoreClientOptions)", BlobStoreClientOptions.Create),
            ("the bot's, SDK tracing and logging policies off", () =>
            {
                var options = BlobStoreClientOptions.Create();
                options.Diagnostics.IsDistributedTracingEnabled = false;
                options.Diagnostics.IsLoggingEnabled = false;
                return options;
            }),
            ("the bot's, own SocketsHttpHandler (no proxy, no cookies, no decompression)", () =>
            {
                var options = BlobStoreClientOptions.Create();
                options.Transport = new HttpClientTransport(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None });
                return options;
            }),
        };
        var results = variants.Select(_ => new List<TurnResult>()).ToList();
        for (var round = -1; round < rounds; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                // Round -1 warms up this process and Azurite (JIT) for every variant and is not counted.
                (round < 0 ? [] : results[v]).Add(await TurnRuns.RunBareAsync(azurite, $"bench-clients-{v}", conversations, turns, 1900, variants[v].Create()));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| client settings | PUTs/s | p50 / p99 (ms) | CPU ms per PUT: this process / Azurite |");
        Console.WriteLine("|---|---|---|---|");
        for (var v = 0; v < variants.Length; v++)
        {
            var r = results[v];
            Console.WriteLine(FormattableString.Invariant($"| {variants[v].Name} | {r.Average(x => x.PerSecond):F0} | {r.Average(x => x.All.P50Ms):F1} / {r.Average(x => x.All.P99Ms):F1} | {r.Average(x => x.BenchCpuMsPerTurn):F3} / {r.Average(x => x.AzuriteCpuMsPerTurn):F3} |"));
        }

        return 0;
    }
}
