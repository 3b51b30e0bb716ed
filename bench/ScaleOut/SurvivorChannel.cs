using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// Plays the survivor's channel for proactive messages: the conversation's serviceUrl points here, so what a
/// counsellor sends through any instance arrives as a POST to /v3/conversations/... and is captured.
/// </summary>
internal sealed class SurvivorChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Activity> _received = Channel.CreateUnbounded<Activity>();

    private SurvivorChannel(WebApplication app)
    {
        _app = app;
        ServiceUrl = string.Empty;
    }

    public string ServiceUrl { get; private set; }

    public static async Task<SurvivorChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new SurvivorChannel(app);
        app.MapPost("/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
            await channel._received.Writer.WriteAsync(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    /// <summary>The next message the survivor received, or an exception after <paramref name="seconds"/>.</summary>
    public async Task<Activity> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
