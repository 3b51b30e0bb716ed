using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportBot.Benchmarks.Storage;

/// <summary>Azurite from the repository's node_modules, on a free loopback port, data in a temp folder.</summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;
    private readonly string _location;

    private AzuriteProcess(Process process, string location, int port)
    {
        _process = process;
        _location = location;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>The CPU time Azurite (one Node process) has used so far: what the requests sent to it cost it.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="cores">A <c>taskset</c> CPU list ("1") to run Azurite, all its threads included, on those cores only;
    /// null to let it run anywhere.</param>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string? cores = null)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var location = Directory.CreateTempSubdirectory("reportbot-bench-azurite-").FullName;
        // taskset execs node in its own process, so the process (and its CPU time) is Azurite's.
        var start = new ProcessStartInfo(cores is null ? "node" : "taskset") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (cores is null ? Array.Empty<string>() : ["-c", cores, "node"]).Concat(new[] { Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "blob", "main.js"), "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", location, "--skipApiVersionCheck", "--silent", "--disableTelemetry" }))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new AzuriteProcess(process, location, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Azurite did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_location, recursive: true);
    }
}
