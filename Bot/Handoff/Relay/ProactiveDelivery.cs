using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// Picks the proactive channel for a survivor's channel: specific channels first, the fallback last. A message the
/// survivor's platform would no longer accept (see <see cref="ILateMessagePolicy"/>) is kept for their next message.
/// </summary>
public sealed class ProactiveDelivery(IEnumerable<IProactiveChannel> channels, ILateMessagePolicy? latePolicy = null)
{
    private readonly IProactiveChannel[] _channels = channels
        .OrderBy(c => c is BotAdapterProactiveChannel { IsFallback: true })
        .ToArray();

    public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) =>
        SendAsync(reference, activity, lastHeardFromSurvivor: null, cancellationToken);

    /// <summary>Sends now, or keeps the message for the survivor's next one when their platform's window has closed.</summary>
    public async Task SendAsync(ConversationReference reference, IActivity activity, DateTimeOffset? lastHeardFromSurvivor, CancellationToken cancellationToken)
    {
        if (latePolicy is not null && await latePolicy.TryHoldAsync(reference, activity, lastHeardFromSurvivor, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var channel = _channels.FirstOrDefault(c => c.Handles(reference))
            ?? throw new InvalidOperationException("No proactive channel handles channel '" + reference.ChannelId + "'.");
        await channel.SendAsync(reference, activity, cancellationToken).ConfigureAwait(false);
    }
}
