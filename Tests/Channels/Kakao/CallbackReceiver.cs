using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Stands in for Kakao's callback endpoint: a <see cref="RecordingServer"/> that answers as Kakao does and keeps what it receives.</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private const string CallbackPath = "/callback/";

    private readonly RecordingServer _server;

    private CallbackReceiver(RecordingServer server)
    {
        _server = server;
    }

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>A one-time callback URL, as Kakao would put in <c>userRequest.callbackUrl</c>.</summary>
    public Uri NewUrl() => new(BaseAddress, CallbackPath + Guid.NewGuid().ToString("N"));

    /// <summary>A URL that answers 307 to a callback URL of this receiver.</summary>
    public Uri RedirectUrl() => new(BaseAddress, "/redirect/" + Guid.NewGuid().ToString("N"));

    public static async Task<CallbackReceiver> StartAsync() => new(await RecordingServer.StartAsync(routes =>
    {
        routes.MapPost(CallbackPath + "{id}", () =>
            Results.Json(new { taskId = Guid.NewGuid().ToString(), status = "SUCCESS", message = "OK", timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }));
        // Answers with a redirect to a real callback URL: a client that followed it would deliver there.
        routes.MapPost("/redirect/{id}", () => Results.Redirect(CallbackPath + Guid.NewGuid().ToString("N"), permanent: false, preserveMethod: true));
    }));

    /// <summary>The body of the next callback delivered, or a failed test after the timeout (a request to the redirect URL is not a callback).</summary>
    public async Task<string> NextAsync(TimeSpan timeout) =>
        (await _server.NextAsync(timeout, r => r.Path.StartsWith(CallbackPath, StringComparison.Ordinal))).Body;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>A loopback URL on which nothing listens: connecting to it is refused at once.</summary>
    public static Uri RefusedUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/callback/gone");
    }
}
