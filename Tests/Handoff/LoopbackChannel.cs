using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// Plays the channel: a real HTTP service on 127.0.0.1 that the bot's CloudAdapter posts proactive messages to
/// (the conversation's serviceUrl), capturing what a survivor would receive.
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Activity> _received = Channel.CreateUnbounded<Activity>();

    private LoopbackChannel(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }

    public static async Task<LoopbackChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackChannel? channel = null;
        app.MapPost("/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
            await channel!._received.Writer.WriteAsync(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel = new LoopbackChannel(app, address.TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>The next message the survivor received, within 15 seconds.</summary>
    public async Task<Activity> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Everything received so far that no one has read yet, in order (a turn's replies have all arrived when its POST returned).</summary>
    public IReadOnlyList<Activity> TakeReceived()
    {
        var taken = new List<Activity>();
        while (_received.Reader.TryRead(out var activity))
        {
            taken.Add(activity);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
