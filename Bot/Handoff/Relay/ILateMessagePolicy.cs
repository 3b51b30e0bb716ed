using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// Where a platform forbids messages the bot writes first after a while (Messenger's 24 hours), keeps such a message
/// for the survivor's next message instead of sending it into a refusal.
/// </summary>
public interface ILateMessagePolicy
{
    /// <summary>True when the message was kept for later; false when it may be sent now.</summary>
    Task<bool> TryHoldAsync(ConversationReference reference, IActivity activity, DateTimeOffset? lastHeardFromSurvivor, CancellationToken cancellationToken);
}
