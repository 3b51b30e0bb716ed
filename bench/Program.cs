using System.Globalization;
using ReportBot.Benchmarks;

// The load benchmark (not a test). It starts ReportBot and a bare echo bot hosted the same way as separate
// processes, drives both with the same load, and prints turns/s, latency percentiles, peak memory and ratios.
//   dotnet build -c Release && dotnet run --project bench -c Release --no-build [-- --quick]
//   ... -- storage    for the storage benchmark
//   ... -- scaleout   for the two-instance scale-out proof
//   ... -- flood | spray | fuzz   for the abuse proofs (README, "Under abuse")
if (args.Length > 0 && args[0] == "storage")
{
    // The storage benchmark: turns with transcripts to Azurite vs local disk vs a bare Blob client (bench/Storage).
    return await ReportBot.Benchmarks.Storage.StorageBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "scaleout")
{
    // Two ReportBot processes on one Azurite: no lost turn or message, one consistent state (bench/ScaleOut).
    return await ReportBot.Benchmarks.ScaleOut.ScaleOutBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] is "flood" or "spray" or "fuzz")
{
    // Abuse: a flood over Direct Line, a password spray, fuzzed requests on every public route (bench/Abuse).
    return args[0] switch
    {
        "flood" => await ReportBot.Benchmarks.Abuse.FloodBenchmark.RunAsync(args[1..]),
        "spray" => await ReportBot.Benchmarks.Abuse.SprayBenchmark.RunAsync(args[1..]),
        _ => await ReportBot.Benchmarks.Abuse.FuzzBenchmark.RunAsync(args[1..]),
    };
}

if (args.Length > 0 && args[0] == "--serve-echo")
{
    await EchoHost.RunAsync(args[1..]);
    return 0;
}

var quick = args.Contains("--quick");
var target = Array.IndexOf(args, "--target") is var t and >= 0 ? args[t + 1] : null;
if (target is not null)
{
    // Load an already running server (for profiling it with dotnet-trace or dotnet-counters).
    using var external = new LoadRunner(new Uri(target));
    var stats = await external.ClosedLoopAsync($"ext-{Guid.NewGuid():N}", Option("--users", 16), Option("--turns", 200));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stats.TurnsPerSecond:F0} turns/s, p50 {stats.P50Ms:F2} ms, p99 {stats.P99Ms:F2} ms, errors {stats.Errors}"));
    return 0;
}

var users = Option("--users", 16);
var turnsPerUser = Option("--turns", quick ? 30 : 100);
var openConversations = Option("--open-conversations", 200);
var openSeconds = Option("--open-seconds", quick ? 10 : 30);

var root = FindRepositoryRoot();
var botDirectory = Path.Combine(root, "Bot", "bin", "Release", "net10.0");
var botDll = Path.Combine(botDirectory, "ReportBot.Bot.dll");
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"Build first: dotnet build -c Release ({botDll} is missing)");
    return 1;
}

var echoDll = typeof(EchoHost).Assembly.Location;
var dataDirectory = Directory.CreateTempSubdirectory("reportbot-bench-");
Console.WriteLine($"ReportBot benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"closed loop: {users} users x {turnsPerUser} turns; open loop: {openConversations} conversations x 1 message/s for {openSeconds} s");
Console.WriteLine();

var results = new List<(string Name, LatencyStats Stats, double PeakMb)>();
foreach (var (name, dll, directory, extra) in new[]
{
    ("echo bot", echoDll, Path.GetDirectoryName(echoDll)!, new[] { "--serve-echo" }),
    ("ReportBot", botDll, botDirectory, new[] { $"--Storage:LocalPath={dataDirectory.FullName}" }),
})
{
    await using var server = await ServerProcess.StartAsync(dll, directory, extra);
    using var load = new LoadRunner(server.BaseAddress);
    // Warm-up, the same for both servers: long enough for tiered compilation to settle, so the runs that follow
    // measure steady state rather than the JIT (which a short warm-up leaves at about a quarter of the CPU).
    await load.ClosedLoopAsync($"warm-{name}", users, Option("--warmup-turns", 100));
    var closed = await load.ClosedLoopAsync($"closed-{Guid.NewGuid():N}", users, turnsPerUser);
    results.Add((name + " closed", closed, server.PeakWorkingSetMb()));
    var open = await load.OpenLoopAsync($"open-{Guid.NewGuid():N}", openConversations, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(openSeconds));
    results.Add((name + " open", open, server.PeakWorkingSetMb()));
}

dataDirectory.Delete(recursive: true);
Console.WriteLine($"{"run",-18}{"turns/s",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}{"max ms",10}{"errors",8}{"peak MB",10}");
foreach (var (name, s, peak) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18}{s.TurnsPerSecond,10:F0}{s.P50Ms,10:F2}{s.P95Ms,10:F2}{s.P99Ms,10:F2}{s.MaxMs,10:F1}{s.Errors,8}{peak,10:F0}"));
}

var echoClosed = results[0].Stats;
var botClosed = results[2].Stats;
var botOpen = results[3].Stats;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ReportBot / echo closed-loop throughput: {botClosed.TurnsPerSecond / echoClosed.TurnsPerSecond:P0} (target >= 50 %)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ReportBot open-loop p99: {botOpen.P99Ms:F1} ms (target <= 20 ms); peak working set {results[3].PeakMb:F0} MB (target <= 300 MB)"));
return results.Any(r => r.Stats.Errors > 0) ? 3 : 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReportBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run the benchmark from inside the repository");
}
