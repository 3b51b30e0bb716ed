using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff;

/// <summary>Reaches a survivor outside a turn (a counsellor's message), through the adapter of the channel they came from.</summary>
public interface IProactiveChannel
{
    bool Handles(string channelId);

    Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken);
}
