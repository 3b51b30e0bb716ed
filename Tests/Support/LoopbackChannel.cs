using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ReportBot.Tests.Support;

/// <summary>
/// Plays a channel's Bot Connector service: a <see cref="RecordingServer"/> that accepts what the bot posts to the
/// conversation's serviceUrl (<c>/v3/conversations/{id}/activities[/{replyToId}]</c>), the way a real channel does, so
/// the bot makes real outbound HTTP calls, and keeps what a survivor would receive.
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly RecordingServer _server;

    private LoopbackChannel(RecordingServer server)
    {
        _server = server;
    }

    /// <summary>The serviceUrl to put on activities, with a trailing slash.</summary>
    public string ServiceUrl => _server.BaseAddress.ToString();

    /// <summary>The path of every request the bot made to the channel so far (they carry the conversation id).</summary>
    public IEnumerable<string> ReceivedPaths => _server.Received.Select(r => r.Path);

    public static async Task<LoopbackChannel> StartAsync() => new(await RecordingServer.StartAsync(routes =>
        routes.MapPost("/v3/conversations/{**rest}", () => Results.Json(new { id = Guid.NewGuid().ToString("N") }))));

    /// <summary>The next message the survivor received, within 15 seconds.</summary>
    public async Task<Activity> NextAsync() => ToActivity(await _server.NextAsync(Patience));

    /// <summary>Everything received so far that no one has read yet, in order (a turn's replies have all arrived when its POST returned).</summary>
    public IReadOnlyList<Activity> TakeReceived() => _server.TakeReceived().Select(ToActivity).ToList();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Activity ToActivity(RecordedRequest request) =>
        JsonConvert.DeserializeObject<Activity>(request.Body) ?? throw new InvalidOperationException($"The bot posted no activity to {request.Path}.");
}
