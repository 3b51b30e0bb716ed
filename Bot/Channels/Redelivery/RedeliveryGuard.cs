using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// Makes a turn idempotent. Channels deliver the same activity again (Azure Bot Service retries a slow
/// <c>/api/messages</c>, a Direct Line client retries a post whose answer was lost): the second delivery must not save a
/// second case, open a second handoff or take the same "2" as the answer to the next question. The activity's identity
/// (<see cref="ActivityIdentity"/>) is remembered in conversation state, in the same ETag-guarded save as the turn's
/// other changes, so every instance sees it; a delivery whose identity is already there runs nothing and answers what
/// the first delivery answered (the kept replies when they travel in the response and their short window has not
/// passed, nothing when they were already sent).
/// A redelivery that arrives while the first is still running waits for it on this instance; on another instance the
/// slower one loses the ETag race, and its re-run sees the identity as taken.
/// </summary>
public sealed class RedeliveryGuard(
    ConversationState conversationState,
    ConsistentTurnRunner turns,
    Pseudonymizer pseudonyms,
    RedeliveryReplyKeys replyKeys,
    ILogger<RedeliveryGuard> logger)
{
    /// <summary>The conversation-state property that holds the <see cref="RecentActivities"/>.</summary>
    public const string StateProperty = "recentActivities";

    private const string RedeliveredKey = "ReportBot.Redelivered";
    private readonly IStatePropertyAccessor<JObject> _recent = conversationState.CreateProperty<JObject>(StateProperty);
    private readonly KeyedLocks _running = new();

    /// <summary>True in a turn that answers a redelivered activity (the transcript already has it and its replies).</summary>
    public static bool IsRedelivery(ITurnContext turnContext) => TurnItems.Find<object>(turnContext, RedeliveredKey) is true;

    /// <summary>Runs <paramref name="turn"/> through the <see cref="ConsistentTurnRunner"/> once per activity.</summary>
    public async Task RunAsync(ITurnContext turnContext, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ActivityIdentity.Of(activity) is not { } identity || activity.ChannelId is not { Length: > 0 } channel
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await turns.RunAsync(turnContext, conversationState, turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = pseudonyms.TurnId("redelivery", channel, conversationId, identity);
        var keepReplies = ReplyBuffer.RepliesLeaveAfterTurn(activity);
        var replies = keepReplies ? CaptureReplies(turnContext) : null;
        using var running = await _running.EnterAsync(key, cancellationToken).ConfigureAwait(false);
        await turns.RunAsync(turnContext, conversationState, async ct =>
        {
            replies?.Clear();
            var recent = RecentActivities.Read(await _recent.GetAsync(turnContext, () => null!, ct).ConfigureAwait(false));
            if (recent.Contains(key))
            {
                TurnItems.Of(turnContext).Set(RedeliveredKey, true);
                var first = keepReplies && recent.KeptFor(key) is { } kept
                    ? await replyKeys.OpenAsync(kept, key, ct).ConfigureAwait(false) ?? []
                    : [];
                RedeliveryLog.Redelivered(logger, channel, first.Count);
                if (first.Count > 0)
                {
                    await turnContext.SendActivitiesAsync(first.ToArray(), ct).ConfigureAwait(false);
                }

                return;
            }

            TurnItems.Of(turnContext).Set(RedeliveredKey, false);
            await turn(ct).ConfigureAwait(false);
            recent.Add(key, replies is null ? null : await replyKeys.SealAsync(replies, key, ct).ConfigureAwait(false));
            await _recent.SetAsync(turnContext, recent.Json, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    // What the turn says while its replies are held back (the runner sends them after the save; those sends are not
    // taken again). Registered before the runner's buffer, so it sees each reply as the dialogs made it.
    // The activities are kept as they are (held, so nothing changes them before the save) and written once, as JSON
    // text, when the turn is remembered.
    private static List<Activity> CaptureReplies(ITurnContext turnContext)
    {
        var replies = new List<Activity>();
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            if (ReplyBuffer.IsHolding(context))
            {
                replies.AddRange(activities.Where(a => a.Type is ActivityTypes.Message or ActivityTypes.Event));
            }

            return await next().ConfigureAwait(false);
        });
        return replies;
    }
}
