using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Stands in for Kakao's callback endpoint: a real HTTP server on a free loopback port that keeps what it receives.</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<string> _bodies = Channel.CreateUnbounded<string>();

    private CallbackReceiver(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>A one-time callback URL, as Kakao would put in <c>userRequest.callbackUrl</c>.</summary>
    public Uri NewUrl() => new(BaseAddress, "/callback/" + Guid.NewGuid().ToString("N"));

    /// <summary>A URL that answers 307 to a callback URL of this receiver.</summary>
    public Uri RedirectUrl() => new(BaseAddress, "/redirect/" + Guid.NewGuid().ToString("N"));

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        CallbackReceiver? receiver = null;
        app.MapPost("/callback/{id}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            await receiver!._bodies.Writer.WriteAsync(await reader.ReadToEndAsync());
            return Results.Json(new { taskId = Guid.NewGuid().ToString(), status = "SUCCESS", message = "OK", timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        });
        // Answers with a redirect to a real callback URL: a client that followed it would deliver there.
        app.MapPost("/redirect/{id}", () => Results.Redirect("/callback/" + Guid.NewGuid().ToString("N"), permanent: false, preserveMethod: true));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new CallbackReceiver(app, new Uri(address));
        return receiver;
    }

    /// <summary>The next callback body, or a failed test after the timeout.</summary>
    public async Task<string> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await _bodies.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
