using Microsoft.Bot.Schema;
using ReportBot.Bot.Handoff.Relay;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// The channel profiles' rule for late messages at the proactive delivery seam: on a channel that allows them only
/// within a window after the survivor's last message (Messenger: 24 hours), a message after that window is held and
/// delivered with the survivor's next message (<see cref="HeldMessagesMiddleware"/>). A small margin keeps the bot
/// clear of the platform's own clock.
/// </summary>
public sealed class ProactiveWindowPolicy(ChannelProfileCatalog profiles, HeldMessageStore held, TimeProvider clock, ILogger<ProactiveWindowPolicy> logger) : ILateMessagePolicy
{
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(10);

    public async Task<bool> TryHoldAsync(ConversationReference reference, IActivity activity, DateTimeOffset? lastHeardFromSurvivor, CancellationToken cancellationToken)
    {
        var profile = profiles.Find(reference.ChannelId);
        if (profile is null || profile.Proactive == ProactiveRule.Always || !IsOutside(profile, lastHeardFromSurvivor))
        {
            return false;
        }

        if (activity is not IMessageActivity { Text: { Length: > 0 } text } message || reference.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        await held.HoldAsync(reference.ChannelId, conversationId, text, message.Locale, cancellationToken).ConfigureAwait(false);
        ChannelsLog.MessageHeld(logger, reference.ChannelId);
        return true;
    }

    private bool IsOutside(ChannelProfile profile, DateTimeOffset? lastHeard) => profile.Proactive switch
    {
        ProactiveRule.Never => true,
        // Unknown: assume the window is still open rather than hold a message that might have arrived.
        ProactiveRule.Window => lastHeard is { } at && clock.GetUtcNow() - at > profile.ProactiveWindow!.Value - Margin,
        _ => false,
    };
}
