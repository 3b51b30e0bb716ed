using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Replaces the channel's user id of every inbound activity with its pseudonym before the bot, state, transcripts
/// or logs see it, and drops the display name (often a real name). What routes a reply is the conversation id and
/// service URL, which stay as they are; so do the bot's own ids. A reply's Recipient is therefore the pseudonym,
/// which every channel we serve accepts (they deliver to the conversation). The raw id stays in memory for this
/// turn only (<see cref="RawUserIdKey"/>) for code that truly needs it (a channel that addresses proactive
/// messages by user); it must never be stored or logged. Storage keys holding a raw conversation id are hashed by
/// the storage itself (see <see cref="Storage.EncryptedBotStorage"/>).
/// </summary>
public sealed class PseudonymousIdMiddleware(Pseudonymizer pseudonyms) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Turn-state key of the inbound user's raw channel id (memory only, this turn only).</summary>
    public const string RawUserIdKey = "ReportBot.RawUserId";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (activity.From is { Id: { Length: > 0 } userId } from && userId != botId && !turnContext.TurnState.ContainsKey(RawUserIdKey))
        {
            turnContext.TurnState[RawUserIdKey] = userId;
            from.Id = pseudonyms.UserId(channel, userId);
            from.Name = null;
            from.AadObjectId = null;
        }

        Rewrite(activity.MembersAdded, channel, botId);
        Rewrite(activity.MembersRemoved, channel, botId);
        return next(cancellationToken);
    }

    private void Rewrite(IList<ChannelAccount>? members, string channel, string? botId)
    {
        foreach (var member in members ?? [])
        {
            if (member.Id is { Length: > 0 } id && id != botId)
            {
                member.Id = pseudonyms.UserId(channel, id);
                member.Name = null;
            }
        }
    }
}
