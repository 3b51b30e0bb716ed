using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ReportBot.Bot.Handoff.Auth;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// <c>bench spray</c>: 1,000 wrong counsellor sign-ins in a minute against one account, half from one address and
/// half from a new address each time, while survivors chat; then the right password. Reports when 429 began for
/// the single address and for the account, whether the account stayed locked, and the survivors' p99 against a
/// quiet run. Loopback only; bounded by <c>--attempts</c> and <c>--seconds</c>.
/// </summary>
internal static class SprayBenchmark
{
    private const string Account = "mina";
    private const string Password = "correct horse battery staple";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchArgs.Option(args, "--seconds", 60);
        var quietSeconds = BenchArgs.Option(args, "--quiet-seconds", 30);
        var attempts = BenchArgs.Option(args, "--attempts", 1000);
        var survivors = BenchArgs.Option(args, "--survivors", 50);
        var (server, data) = await AbuseServer.StartAsync(folder => new CounsellorAccounts(folder).AddAsync(Account, Password, DateTimeOffset.UtcNow, CancellationToken.None));
        await using var owned = server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + quietSeconds + 180));

        await new SurvivorLoad(http, 5, 5000).RunAsync(TimeSpan.FromSeconds(5), cancel.Token);
        var quiet = new SurvivorLoad(http, survivors, 0);
        await quiet.RunAsync(TimeSpan.FromSeconds(quietSeconds), cancel.Token);

        var sprayer = new AbuseClient(http, AbuseServer.Visitor(9000));
        var results = new ConcurrentBag<(int Index, bool OneAddress, HttpStatusCode Status)>();
        var interval = TimeSpan.FromSeconds(seconds) / attempts;
        var spray = Task.Run(async () =>
        {
            var started = DateTime.UtcNow;
            var inFlight = new List<Task>();
            for (var i = 0; i < attempts; i++)
            {
                var index = i;
                var oneAddress = i % 2 == 0;
                var client = oneAddress ? sprayer : new AbuseClient(http, AbuseServer.Visitor(10_000 + i));
                inFlight.Add(Task.Run(async () =>
                {
                    var body = new JsonObject { ["name"] = Account, ["password"] = "guess-" + index.ToString(CultureInfo.InvariantCulture) }.ToJsonString();
                    var (status, _, _) = await client.SendAsync(HttpMethod.Post, "/api/counsellor/login", body, cancellationToken: cancel.Token);
                    results.Add((index, oneAddress, status));
                }));
                var wait = started + (interval * (i + 1)) - DateTime.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancel.Token);
                }
            }

            await Task.WhenAll(inFlight);
        });
        var during = new SurvivorLoad(http, survivors, 1000);
        await during.RunAsync(TimeSpan.FromSeconds(seconds), cancel.Token);
        await spray;

        var (rightStatus, _, _) = await new AbuseClient(http, AbuseServer.Visitor(20_000)).SendAsync(
            HttpMethod.Post, "/api/counsellor/login", new JsonObject { ["name"] = Account, ["password"] = Password }.ToJsonString(), cancellationToken: cancel.Token);
        data.Delete(recursive: true);

        var ordered = results.OrderBy(r => r.Index).ToList();
        var counts = string.Join(", ", ordered.GroupBy(r => (int)r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        var oneAddressFirst429 = ordered.Where(r => r.OneAddress).Select((r, n) => (r, n)).FirstOrDefault(x => x.r.Status == HttpStatusCode.TooManyRequests).n + 1;
        var accepted = ordered.Count(r => r.Status == HttpStatusCode.OK);
        var wrongChecked = ordered.Count(r => r.Status == HttpStatusCode.Unauthorized);
        var quietStats = quiet.Stats(quietSeconds);
        var sprayStats = during.Stats(seconds);
        var ratio = sprayStats.P99Ms / quietStats.P99Ms;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"spray: {attempts} wrong sign-ins in {seconds} s against one account, answers {{{counts}}}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one address: first 429 at its attempt {oneAddressFirst429}; passwords actually checked: {wrongChecked} (the rest refused without hashing); tokens issued: {accepted}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right password after the spray, from a new address: {(int)rightStatus} (429 = still locked)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"survivors quiet: {quietStats}; during spray: {sprayStats}; p99 ratio {ratio:F2} (target <= 2); 5xx {quiet.ServerErrors + during.ServerErrors}, lost {quiet.Lost + during.Lost}"));
        var ok = accepted == 0 && rightStatus == HttpStatusCode.TooManyRequests && ratio <= 2 && ordered.All(r => (int)r.Status < 500) && during.Lost == 0;
        Console.WriteLine(ok ? "spray: all targets met" : "spray: a target was missed");
        return ok ? 0 : 3;
    }
}
