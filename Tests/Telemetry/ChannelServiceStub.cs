using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Tests.Telemetry;

/// <summary>
/// A stand-in for a channel's Bot Connector service on Kestrel: accepts the bot's replies at
/// <c>/v3/conversations/{id}/activities[/{replyToId}]</c>, the way a real channel's service URL does, so the bot makes
/// real outbound HTTP calls whose paths carry the conversation id.
/// </summary>
public sealed class ChannelServiceStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChannelServiceStub(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<string> ReceivedPaths { get; } = new();

    public static async Task<ChannelServiceStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChannelServiceStub? stub = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{*rest}", (HttpContext context) =>
        {
            stub!.ReceivedPaths.Enqueue(context.Request.Path);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub = new ChannelServiceStub(app, new Uri(address + "/"));
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
