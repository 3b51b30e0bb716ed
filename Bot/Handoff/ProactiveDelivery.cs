using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff;

/// <summary>Picks the proactive channel for a survivor's channel: specific channels first, the fallback last.</summary>
public sealed class ProactiveDelivery(IEnumerable<IProactiveChannel> channels)
{
    private readonly IProactiveChannel[] _channels = channels
        .OrderBy(c => c is BotAdapterProactiveChannel { IsFallback: true })
        .ToArray();

    public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
    {
        var channel = _channels.FirstOrDefault(c => c.Handles(reference.ChannelId))
            ?? throw new InvalidOperationException("No proactive channel handles channel '" + reference.ChannelId + "'.");
        return channel.SendAsync(reference, activity, cancellationToken);
    }
}
