using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Tests.Support;

/// <summary>
/// A stand-in for a service the bot calls (a channel's service URL, Kakao's callback endpoint, a token issuer, a
/// neutral site): real HTTP on Kestrel at a free loopback port, answering the routes the test maps, and keeping every
/// request that reached one of them, in order, before its answer is sent.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<RecordedRequest> _unread = Channel.CreateUnbounded<RecordedRequest>();
    private readonly ConcurrentQueue<RecordedRequest> _all = new();

    private RecordingServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's root, with a trailing slash (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request that reached a route so far, read or not.</summary>
    public IReadOnlyList<RecordedRequest> Received => _all.ToArray();

    /// <summary>Starts a server that answers the routes <paramref name="routes"/> maps (anything else is a 404, not recorded).</summary>
    public static async Task<RecordingServer> StartAsync(Action<IEndpointRouteBuilder> routes)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.UseRouting();
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is not null)
            {
                await server.RecordAsync(context.Request);
            }

            await next(context);
        });
        routes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next request not read yet that <paramref name="matches"/> accepts (others are passed over), or a cancellation after the timeout.</summary>
    public async Task<RecordedRequest> NextAsync(TimeSpan timeout, Func<RecordedRequest, bool>? matches = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var request = await _unread.Reader.ReadAsync(cts.Token);
            if (matches is null || matches(request))
            {
                return request;
            }
        }
    }

    /// <summary>Every request not read yet, in order.</summary>
    public IReadOnlyList<RecordedRequest> TakeReceived()
    {
        var taken = new List<RecordedRequest>();
        while (_unread.Reader.TryRead(out var request))
        {
            taken.Add(request);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpRequest request)
    {
        // The route's handler may read the body too.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "/", body);
        _all.Enqueue(recorded);
        await _unread.Writer.WriteAsync(recorded, request.HttpContext.RequestAborted);
    }
}
