using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportBot.Benchmarks;

/// <summary>A server under test, run as its own process so its memory is its own.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id (for <c>--memory</c>'s heap walk).</summary>
    public int Id => _process.Id;

    /// <summary>
    /// Starts a .NET server. With <paramref name="ownGcSettings"/> it runs with the GC settings of its own
    /// runtimeconfig.json (ReportBot: what it ships with); otherwise with the workstation GC.
    /// </summary>
    public static Task<ServerProcess> StartAsync(string dll, string workingDirectory, IEnumerable<string> extraArgs, bool ownGcSettings = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        return StartAsync("dotnet", [dll, .. extraArgs, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning", "--environment", "Development"], workingDirectory, port, ownGcSettings, environment);
    }

    /// <summary>The botbuilder-js peer (bench/JsPeer/bot.js), run by Node from the repository's node_modules.</summary>
    public static Task<ServerProcess> StartNodeAsync(string script)
    {
        var port = FreePort();
        return StartAsync("node", [script, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], Path.GetDirectoryName(script)!, port);
    }

    private static async Task<ServerProcess> StartAsync(string program, IEnumerable<string> args, string workingDirectory, int port, bool ownGcSettings = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (!ownGcSettings)
        {
            // An environment variable wins over runtimeconfig.json: set for ReportBot, it measured a GC it does not ship with.
            info.Environment["DOTNET_gcServer"] = "0";
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + program);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  [server] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>CPU time the server has used so far (user and kernel): per turn, it is robust to a busy machine.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Peak resident memory of the server process (VmHWM), in MB.</summary>
    public double PeakWorkingSetMb() => StatusMb("VmHWM:");

    /// <summary>Resident memory of the server process now (VmRSS), in MB.</summary>
    public double WorkingSetMb() => StatusMb("VmRSS:");

    /// <summary>True while the server process runs.</summary>
    public bool Running => !_process.HasExited;

    private double StatusMb(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        _process.Refresh();
        return _process.PeakWorkingSet64 / 1024.0 / 1024.0;
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

    private async Task WaitUntilListeningAsync()
    {
        using var client = new TcpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"server exited with code {_process.ExitCode}");
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

        throw new TimeoutException("server did not start listening");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
