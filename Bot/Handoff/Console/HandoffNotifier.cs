using Microsoft.AspNetCore.SignalR;
using ReportBot.Bot.Handoff.Relay;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// Pushes changes to signed-in counsellors over SignalR: the queue changed (everyone), a message or an end in one
/// handoff (the counsellor watching it), its erasure. Without Azure SignalR Service a push reaches only the consoles connected to
/// this instance, so the console also polls; with it, every instance reaches every console.
/// </summary>
public sealed class HandoffNotifier(IHubContext<CounsellorHub> hub)
{
    public const string QueueGroup = "counsellors";

    public static string HandoffGroup(string id) => "handoff-" + id;

    public Task QueueChangedAsync(CancellationToken cancellationToken) =>
        hub.Clients.Group(QueueGroup).SendAsync("queueChanged", cancellationToken);

    public Task MessageAsync(string handoffId, RelayedMessage message, CancellationToken cancellationToken) =>
        hub.Clients.Group(HandoffGroup(handoffId)).SendAsync("message", handoffId, message, cancellationToken);

    public Task EndedAsync(string handoffId, string by, CancellationToken cancellationToken) =>
        hub.Clients.Group(HandoffGroup(handoffId)).SendAsync("ended", handoffId, by, cancellationToken);

    /// <summary>The survivor erased the handoff: a console showing it clears what it shows (it polls too, and a 404 does the same).</summary>
    public Task ErasedAsync(string handoffId, CancellationToken cancellationToken) =>
        hub.Clients.Group(HandoffGroup(handoffId)).SendAsync("erased", handoffId, cancellationToken);
}
