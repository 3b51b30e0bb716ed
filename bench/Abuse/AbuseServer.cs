namespace ReportBot.Benchmarks.Abuse;

/// <summary>Starts the built bot for the abuse benchmarks: loopback only, loopback trusted as the proxy, its own data folder.</summary>
internal static class AbuseServer
{
    public const string DirectLineSecret = "bench-secret-0123456789-abcdefghijklmnop";

    public static Task<(ServerProcess Server, DirectoryInfo Data)> StartAsync(params string[] extra) => StartAsync(null, extra);

    public static async Task<(ServerProcess Server, DirectoryInfo Data)> StartAsync(Func<string, Task>? prepare, params string[] extra)
    {
        var botDirectory = Path.Combine(RepositoryRoot(), "Bot", "bin", "Release", "net10.0");
        var data = Directory.CreateTempSubdirectory("reportbot-abuse-");
        if (prepare is not null)
        {
            await prepare(data.FullName);
        }

        string[] settings =
        [
            $"--Storage:LocalPath={data.FullName}",
            $"--DirectLine:Secret={DirectLineSecret}",
            "--ForwardedHeaders:KnownProxies:0=127.0.0.1",
            "--DirectLine:ConversationStartsPerMinute=10",
            .. extra,
        ];
        var server = await ServerProcess.StartAsync(Path.Combine(botDirectory, "ReportBot.Bot.dll"), botDirectory, settings);
        return (server, data);
    }

    /// <summary>A made-up public-looking address for visitor <paramref name="n"/> (TEST-NET ranges, never routed).</summary>
    public static string Visitor(int n) => $"198.51.{100 + (n / 250)}.{1 + (n % 250)}";

    public static string RepositoryRoot()
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
}
