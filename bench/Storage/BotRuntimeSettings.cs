using System.Diagnostics;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// The storage benchmark hosts the bot in this process (to count requests on its own Blob client), so this process
/// must run with the bot's runtime settings (Bot/ReportBot.Bot.csproj: dynamic PGO off, no call-counting delay; and, as
/// Bot/ThreadPoolSpinning chooses at start-up, no thread-pool spinning when it has one core), not the benchmark
/// project's defaults, or the bot would be measured with a runtime it is not deployed with. The bare client runs in the
/// same process, under the same settings.
/// </summary>
internal static class BotRuntimeSettings
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    };

    public static bool Applied => Environment.All(e => System.Environment.GetEnvironmentVariable(e.Key) == e.Value);

    /// <summary>
    /// Runs this benchmark again in a child process with the bot's settings; returns its exit code. With
    /// <paramref name="cores"/> (a <c>taskset</c> CPU list such as "0") the child and every thread it starts run only on
    /// those cores.
    /// </summary>
    public static async Task<int> RelaunchAsync(IEnumerable<string> args, string? cores = null)
    {
        var start = new ProcessStartInfo(cores is null ? System.Environment.ProcessPath! : "taskset") { UseShellExecute = false };
        if (cores is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cores);
            start.ArgumentList.Add(System.Environment.ProcessPath!);
        }

        if (Path.GetFileNameWithoutExtension(System.Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BotRuntimeSettings).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        // One core for the child (a taskset list of one, or a one-core machine): no spinning, as the bot chooses there.
        if (cores is null ? System.Environment.ProcessorCount == 1 : !cores.Contains(',', StringComparison.Ordinal) && !cores.Contains('-', StringComparison.Ordinal))
        {
            start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        }

        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
