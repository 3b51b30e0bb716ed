using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>Reaches a survivor outside a turn (a counsellor's message), through the adapter of the channel they came from.</summary>
public interface IProactiveChannel
{
    bool Handles(string channelId);

    /// <summary>Whether this channel reaches the conversation; by default, by its channel id alone.</summary>
    bool Handles(ConversationReference reference) => Handles(reference.ChannelId);

    Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken);
}
