using System.Globalization;
using ReportBot.Benchmarks;

// The load benchmark (not a test). It starts a bare echo bot hosted the same way as ReportBot, a botbuilder-js peer
// (bench/JsPeer) and ReportBot as separate processes, drives each with the same load, and prints turns/s, latency
// percentiles, peak memory and ReportBot's ratios against the targets (about two and a half minutes).
//   dotnet build -c Release && dotnet run --project bench -c Release --no-build [-- --quick]
//   ... -- storage    for the storage benchmark
//   ... -- scaleout   for the two-instance scale-out proof
//   ... -- recognizer for precision/recall per intent and the recogniser's cost per message
//   ... -- redactor   for recall per kind of personal detail and the redactor's cost per message
//   ... -- turncost   for CPU and allocated bytes per turn in process (state classes compared)
//   ... -- activityjson for the time and allocations of writing an activity as JSON (serializer vs planned writer)
//   ... -- statejson for the time and allocations of reading and writing a conversation's state (StateSerializer)
//   ... -- drain     for the transcript drainer's CPU time and allocations per line
//   ... -- crypto    for the CPU time of a turn's cryptography, piece by piece (pseudonyms, ETags, seals)
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

if (args.Length > 0 && args[0] == "turncost")
{
    // CPU and allocations per turn in process (no HTTP), Bot Builder's ConversationState against the app's (bench/TurnCost).
    return await ReportBot.Benchmarks.TurnCost.TurnCostBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "activityjson")
{
    // Writing activities as JSON: Newtonsoft's serializer against the planned writer, same output (bench/ActivityJson).
    return ReportBot.Benchmarks.ActivityJson.ActivityJsonBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "statejson")
{
    // Reading and writing the state the real bot stores, as every turn does (bench/StateJson).
    return await ReportBot.Benchmarks.StateJson.StateJsonBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "drain")
{
    // The transcript drainer alone, over lines the real bot wrote (bench/Drain).
    return await ReportBot.Benchmarks.Drain.DrainBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "crypto")
{
    // The cryptography a turn does, piece by piece (bench/Crypto).
    return ReportBot.Benchmarks.Crypto.CryptoBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "recognizer")
{
    // The recognition layer on the labelled evaluation set (bench/Recognition).
    return ReportBot.Benchmarks.Recognition.RecognizerBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "redactor")
{
    // The redactor on the labelled PII sets (bench/Recognition/RedactorBenchmark).
    return ReportBot.Benchmarks.Recognition.RedactorBenchmark.Run(args[1..]);
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
    if (args.Contains("--open"))
    {
        // The open loop alone (200 conversations x 1 message/s by default), say under perf stat or perf record.
        var open = await external.OpenLoopAsync($"ext-{Guid.NewGuid():N}", Option("--open-conversations", 200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(Option("--open-seconds", 30)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open loop: p50 {open.P50Ms:F2} ms, p99 {open.P99Ms:F2} ms, errors {open.Errors}"));
        return 0;
    }

    var stats = await external.ClosedLoopAsync($"ext-{Guid.NewGuid():N}", Option("--users", 16), Option("--turns", 200));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stats.TurnsPerSecond:F0} turns/s, p50 {stats.P50Ms:F2} ms, p99 {stats.P99Ms:F2} ms, errors {stats.Errors}"));
    return 0;
}

var users = Option("--users", 16);
// 400 turns a user: 6,400 turns, two seconds or more at these rates (100 gave under a second, which measured start-up work).
var turnsPerUser = Option("--turns", quick ? 30 : 400);
var openConversations = Option("--open-conversations", 200);
var openSeconds = Option("--open-seconds", quick ? 10 : 30);

var root = FindRepositoryRoot();
// --bot DIR runs another build of ReportBot (say, the landed main's) for a before/after comparison.
var botDirectory = Array.IndexOf(args, "--bot") is var b and >= 0 ? Path.GetFullPath(args[b + 1]) : Path.Combine(root, "Bot", "bin", "Release", "net10.0");
var botDll = Path.Combine(botDirectory, "ReportBot.Bot.dll");
var only = Array.IndexOf(args, "--only") is var onlyAt and >= 0 ? args[onlyAt + 1] : null;
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"Build first: dotnet build -c Release ({botDll} is missing)");
    return 1;
}

var echoDll = typeof(EchoHost).Assembly.Location;
var jsPeer = Path.Combine(root, "bench", "JsPeer", "bot.js");
if (!Directory.Exists(Path.Combine(root, "node_modules", "botbuilder-dialogs")))
{
    Console.Error.WriteLine("Install the JavaScript peer's packages first: npm ci (botbuilder and botbuilder-dialogs are devDependencies)");
    return 1;
}

var dataDirectory = Directory.CreateTempSubdirectory("reportbot-bench-");
// --probe (--probe-out FILE keeps the raw events): ReportBot runs with bench/Tail/StartupHook loaded, and the open loop's slowest turns are set against its
// GC pauses, drain rounds and thread-pool injections (bench/Tail/TailReport).
var probeFile = args.Contains("--probe") ? Path.Combine(dataDirectory.FullName, "probe.csv") : null;
var probeTurns = new List<(long StartTicks, double Ms)>();
// --memory: ReportBot runs with the same startup hook, which records where its memory is at its highs (bench/Tail/MemoryReport).
var memoryFile = args.Contains("--memory") ? Path.Combine(dataDirectory.FullName, "memory.csv") : null;
var phases = new List<(string Phase, long EndTicks)>();
Console.WriteLine($"ReportBot benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"closed loop: {users} users x {turnsPerUser} turns; open loop: {openConversations} conversations x 1 message/s for {openSeconds} s");
Console.WriteLine();

var results = new List<(string Name, LatencyStats Closed, LatencyStats Open, double PeakMb, double CpuMsPerTurn)>();
foreach (var (name, start) in new (string, Func<Task<ServerProcess>>)[]
{
    ("echo bot (.NET)", () => ServerProcess.StartAsync(echoDll, Path.GetDirectoryName(echoDll)!, ["--serve-echo"])),
    ("botbuilder-js peer", () => ServerProcess.StartNodeAsync(jsPeer)),
    ("ReportBot", () => ServerProcess.StartAsync(botDll, botDirectory, [$"--Storage:LocalPath={dataDirectory.FullName}"], ownGcSettings: true, Probe())),
})
{
    if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
    {
        continue;
    }

    await using var server = await start();
    using var load = new LoadRunner(server.BaseAddress);
    // Warm-up, the same for every server: long enough for tiered compilation (and V8's) to settle, so the runs that
    // follow measure steady state rather than the JIT (which a short warm-up leaves at about a quarter of the CPU).
    phases.Add(("start", DateTime.UtcNow.Ticks));
    await load.ClosedLoopAsync($"warm-{Guid.NewGuid():N}", users, Option("--warmup-turns", 100));
    phases.Add(("warm-up", DateTime.UtcNow.Ticks));
    var cpuBefore = server.CpuTime();
    var closed = await load.ClosedLoopAsync($"closed-{Guid.NewGuid():N}", users, turnsPerUser);
    var cpuPerTurn = (server.CpuTime() - cpuBefore).TotalMilliseconds / (users * turnsPerUser);
    phases.Add(("closed", DateTime.UtcNow.Ticks));
    var probed = probeFile is not null && name == "ReportBot";
    var open = await load.OpenLoopAsync($"open-{Guid.NewGuid():N}", openConversations, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(openSeconds), probed ? probeTurns : null);
    phases.Add(("open", DateTime.UtcNow.Ticks));
    results.Add((name, closed, open, server.PeakWorkingSetMb(), cpuPerTurn));
    if (probed)
    {
        ReportBot.Benchmarks.Tail.TailReport.Print(probeFile!, probeTurns);
        if (Array.IndexOf(args, "--probe-out") is var po and >= 0 && po + 1 < args.Length)
        {
            // The raw events and the open loop's turns (start ticks, ms), for a closer look than the summary.
            File.Copy(probeFile!, args[po + 1], overwrite: true);
            File.WriteAllLines(args[po + 1] + ".turns", probeTurns.Select(t => FormattableString.Invariant($"{t.StartTicks},{t.Ms:F3}")));
        }
    }

    if (memoryFile is not null && name == "ReportBot")
    {
        await Task.Delay(100);
        ReportBot.Benchmarks.Tail.MemoryReport.Print(memoryFile, phases);
        ReportBot.Benchmarks.Tail.HeapSummary.Print(server.Id, TimeSpan.FromSeconds(90));
    }
}

dataDirectory.Delete(recursive: true);
Console.WriteLine($"{"server",-20}{"turns/s",9}{"p50 ms",9}{"p99 ms",9}{"CPU ms/turn",12}{"open p50",10}{"open p99",10}{"open max",10}{"errors",8}{"peak MB",9}");
foreach (var (name, c, o, peak, cpu) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20}{c.TurnsPerSecond,9:F0}{c.P50Ms,9:F2}{c.P99Ms,9:F2}{cpu,12:F3}{o.P50Ms,10:F2}{o.P99Ms,10:F2}{o.MaxMs,10:F1}{c.Errors + o.Errors,8}{peak,9:F0}"));
}

if (results.Count < 3)
{
    return results.Any(r => r.Closed.Errors + r.Open.Errors > 0) ? 3 : 0;
}

var (echo, js, bot) = (results[0], results[1], results[2]);
Console.WriteLine("(closed loop: 16 users back to back; open loop: 200 conversations x 1 message/s; CPU ms/turn: the server's user+kernel CPU");
Console.WriteLine(" time over the closed loop divided by its turns, the figure least disturbed by other work on the machine)");
Console.WriteLine();
Console.WriteLine("ReportBot (encrypted, every turn durable on local disk before it is answered) against the targets:");
Report($"throughput vs echo bot      {bot.Closed.TurnsPerSecond / echo.Closed.TurnsPerSecond,6:F2}x", "target >= 0.5x, aim 0.7x", bot.Closed.TurnsPerSecond >= 0.5 * echo.Closed.TurnsPerSecond);
Report($"throughput vs js peer       {bot.Closed.TurnsPerSecond / js.Closed.TurnsPerSecond,6:F2}x", "target >= 1.5x", bot.Closed.TurnsPerSecond >= 1.5 * js.Closed.TurnsPerSecond);
Report($"open-loop p99 {bot.Open.P99Ms,6:F1} ms vs js peer {js.Open.P99Ms,6:F1} ms", "target below the peer, aim <= 10 ms", bot.Open.P99Ms < js.Open.P99Ms);
Report($"peak working set            {bot.PeakMb,6:F0} MB", "target <= 300 MB", bot.PeakMb <= 300);
return results.Any(r => r.Closed.Errors + r.Open.Errors > 0) ? 3 : 0;

Dictionary<string, string> Probe()
{
    var environment = new Dictionary<string, string>();
    if (probeFile is not null || memoryFile is not null)
    {
        environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
    }

    if (probeFile is not null)
    {
        environment["REPORTBOT_BENCH_PROBE"] = probeFile;
        environment["REPORTBOT_BENCH_PROBE_DATA"] = dataDirectory.FullName;
    }

    if (memoryFile is not null)
    {
        environment["REPORTBOT_BENCH_MEMORY"] = memoryFile;
    }

    // --env NAME=VALUE (repeatable) sets a variable for ReportBot only, for a runtime setting tried without a rebuild.
    for (var i = Array.IndexOf(args, "--env"); i >= 0 && i + 1 < args.Length; i = Array.IndexOf(args, "--env", i + 1))
    {
        var pair = args[i + 1].Split('=', 2);
        environment[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
    }

    return environment;
}

static void Report(string measured, string target, bool met) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {measured,-44} {target,-38} {(met ? "met" : "MISSED")}"));

int Option(string name, int fallback) => BenchArgs.Option(args, name, fallback);

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
