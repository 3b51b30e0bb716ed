using System.Globalization;
using System.Security.Cryptography;
using ReportBot.Benchmarks.Storage;
using ReportBot.Bot.Handoff.Auth;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// <c>dotnet run --project bench -c Release --no-build -- scaleout [--conversations 32] [--turns 20] [--handoffs 5] [--no-races]</c>:
/// one Azurite, two ReportBot processes with the same storage settings and secrets (as two App Service instances
/// share Key Vault), each with its own local folder. Drives the same load through one instance and then through
/// both alternately (with same-moment races), checks that no turn or message was lost and the state stayed
/// consistent, runs counsellor handoffs with the console on A and the survivor on B, and prints the numbers.
/// Exits 4 on any loss.
/// </summary>
public static class ScaleOutBenchmark
{
    private const string Counsellor = "scaleout-counsellor";

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = BenchArgs.Option(args, "--conversations", 32);
        var turns = BenchArgs.Option(args, "--turns", 20);
        var handoffs = BenchArgs.Option(args, "--handoffs", 5);
        var races = !args.Contains("--no-races");
        var root = RepositoryRoot();
        var botDll = Path.Combine(root, "Bot", "bin", "Release", "net10.0", "ReportBot.Bot.dll");
        if (!File.Exists(botDll))
        {
            Console.Error.WriteLine($"Build first: dotnet build -c Release ({botDll} is missing)");
            return 1;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var folders = new[] { "a", "b", "reader" }.Select(n => Directory.CreateTempSubdirectory($"reportbot-scaleout-{n}-").FullName).ToArray();
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(root);
            var shared = SharedSettings(azurite.ConnectionString);
            foreach (var folder in folders[..2])
            {
                await new CounsellorAccounts(folder).AddAsync(Counsellor, password, DateTimeOffset.UtcNow, CancellationToken.None);
            }

            await using var a = await BotInstance.StartAsync("A", botDll, With(shared, "Storage:LocalPath", folders[0]));
            await using var b = await BotInstance.StartAsync("B", botDll, With(shared, "Storage:LocalPath", folders[1]));
            await using var reader = new TranscriptReaderHost(With(shared, "Storage:LocalPath", folders[2]));
            using var clientA = new BotClient(a);
            using var clientB = new BotClient(b);
            var plan = ConversationPlan.Of(turns, races);
            Console.WriteLine($"ReportBot scale-out proof: {conversations} conversations x {plan.Turns} turns ({plan.Races} same-moment races each), {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

            // Warm both processes (JIT, connection pools, Blob container) outside the measurement.
            await ConversationRun.RunAsync("warm", [clientA, clientB], 4, ConversationPlan.Of(8, races: true));
            var reference = await RunVerifier.ReferenceAsync(clientA, plan);
            var verifier = new RunVerifier(reader);

            var conflictsBefore = a.ConflictRetries + b.ConflictRetries;
            var one = await ConversationRun.RunAsync("one", [clientA], conversations, plan);
            var conflictsOne = a.ConflictRetries + b.ConflictRetries - conflictsBefore;
            var two = await ConversationRun.RunAsync("two", [clientA, clientB], conversations, plan);
            var conflictsTwo = a.ConflictRetries + b.ConflictRetries - conflictsBefore - conflictsOne;
            var verdictOne = await verifier.VerifyAsync(one, reference, TimeSpan.FromSeconds(60));
            var verdictTwo = await verifier.VerifyAsync(two, reference, TimeSpan.FromSeconds(60));

            await using var channel = await SurvivorChannel.StartAsync();
            var relay = await new CounsellorRelay(clientA, clientB, channel, Counsellor, password).RunAsync(handoffs);

            ScaleOutReport.Print(one, verdictOne, conflictsOne, two, verdictTwo, conflictsTwo, relay, a.TurnErrors + b.TurnErrors);
            var clean = verdictOne.Clean && verdictTwo.Clean && relay.Completed == relay.Handoffs && relay.LostMessages == 0;
            Console.WriteLine(clean ? "PASS: no lost turn, no lost message, one consistent state." : "FAIL: see the counts above.");
            return clean ? 0 : 4;
        }
        finally
        {
            foreach (var folder in folders.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>What every instance shares, as it would come from Key Vault and the App Service settings.</summary>
    private static Dictionary<string, string> SharedSettings(string connectionString)
    {
        string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = connectionString,
            ["Storage:Container"] = "scaleout",
            ["Storage:KeyEncryptionKey"] = Secret(),
            ["Storage:PseudonymSecret"] = Secret(),
            ["Cases:CodePepper"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["DirectLine:TokenSigningKey"] = Secret(),
            ["Handoff:EncryptionKey"] = Secret(),
            ["Handoff:AlwaysOpen"] = "true",
            ["Counsellor:SigningKey"] = Secret(),
        };
    }

    private static Dictionary<string, string> With(Dictionary<string, string> settings, string key, string value) =>
        new(settings) { [key] = value };


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
}
