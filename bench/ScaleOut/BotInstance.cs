using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// One ReportBot instance as its own process (as App Service runs it), on a free loopback port. It counts the
/// "state changed on another instance, re-running the turn" warnings (event 2005) the instance writes, which is
/// how the ETag conflicts are observed from outside without touching the product.
/// </summary>
internal sealed class BotInstance : IAsyncDisposable
{
    private readonly Process _process;
    private int _conflictRetries;
    private int _turnErrors;

    private BotInstance(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ConflictRetries => Volatile.Read(ref _conflictRetries);

    /// <summary>Errors the turn error handler logged (a turn that failed even after its retries).</summary>
    public int TurnErrors => Volatile.Read(ref _turnErrors);

    public static async Task<BotInstance> StartAsync(string name, string botDll, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(botDll);
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--environment", "Development", "--Logging:LogLevel:Default=Warning", "--Logging:Console:FormatterName=simple", "--Logging:Console:FormatterOptions:SingleLine=true" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + botDll);
        var instance = new BotInstance(name, process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => instance.Observe(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  [{name}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await instance.WaitUntilListeningAsync();
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("ConsistentTurnRunner[2005]", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _conflictRetries);
        }
        else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _turnErrors);
            Console.Error.WriteLine($"  [{Name}] {line}");
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"instance {Name} exited with code {_process.ExitCode}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"instance {Name} did not start listening");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
