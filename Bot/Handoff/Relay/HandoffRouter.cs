using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>Relays a survivor's messages to the counsellor while a handoff is open (see <see cref="IHandoffRouter"/>).</summary>
public sealed class HandoffRouter(
    IHandoffQueue queue,
    CounsellorDesk desk,
    HandoffSealer sealer,
    HandoffNotifier notifier,
    ConversationState conversationState,
    ITextCatalog texts,
    IPhraseCatalog phrases,
    TimeProvider clock,
    ILogger<HandoffRouter> logger) : IHandoffRouter
{
    /// <summary>Interruptions ordered below this run during a relay: the input guard (0) and the crisis check (10).</summary>
    public const int SafetyOrderLimit = InterruptionOrder.RelaySafetyLimit;

    /// <summary>The crisis interruption's order: an answer from it or after it marks the relayed message as a crisis.</summary>
    public const int CrisisOrder = InterruptionOrder.Crisis;

    private readonly IStatePropertyAccessor<HandoffLink> _links = conversationState.CreateProperty<HandoffLink>(HandoffLink.StateProperty);

    public async Task<bool> TryRouteAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task<int?>> safetyCheck, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        var link = await _links.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return false;
        }

        var stored = await queue.GetAsync(link.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null || !stored.Record.IsOpen)
        {
            // Closed elsewhere (by the counsellor, or by a contact centre): back to the bot.
            await _links.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var record = stored.Record;
        var language = CounsellorDesk.LanguageOf(record);
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (record.Status == HandoffStatus.Waiting && TextMatcher.Matches(text, phrases.All(HandoffPhrases.Cancel)))
        {
            return await CloseAsync(turnContext, record.Id, HandoffStatus.Cancelled, HandoffText.Cancelled, language, cancellationToken).ConfigureAwait(false);
        }

        if (record.Status == HandoffStatus.Active && TextMatcher.Matches(text, phrases.All(HandoffPhrases.End)))
        {
            return await CloseAsync(turnContext, record.Id, HandoffStatus.Ended, HandoffText.EndedBySurvivor, language, cancellationToken).ConfigureAwait(false);
        }

        var answeredBy = await safetyCheck(turnContext, cancellationToken).ConfigureAwait(false);
        if (answeredBy is < CrisisOrder || text.Length == 0)
        {
            // The input guard answered (empty, too long, an attachment): nothing to relay.
            return true;
        }

        var crisis = answeredBy is >= CrisisOrder;
        if (link.PendingText is { } pending)
        {
            // The answer to "show this contact as typed?": only a yes lets it through as typed; anything else that is
            // not a plain no is relayed after it as a message of its own.
            link.PendingText = null;
            await _links.SetAsync(turnContext, link, cancellationToken).ConfigureAwait(false);
            var yes = TextMatcher.Matches(text, phrases.All(CommonPhrases.Yes));
            var answered = yes || TextMatcher.Matches(text, phrases.All(CommonPhrases.No));
            if (await desk.AppendAsync(record.Id, HandoffMessage.Survivor, pending, crisis && answered, cancellationToken, shareAsTyped: yes).ConfigureAwait(false) is null)
            {
                await SendAsync(turnContext, HandoffText.RelayFailed, language, cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (answered)
            {
                return await AfterRelayAsync(turnContext, record, language, crisis, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (!crisis && sealer.HoldsContactDetails(text, language))
        {
            // Asked once per such message; an emergency is never held back by the question.
            link.PendingText = text;
            await _links.SetAsync(turnContext, link, cancellationToken).ConfigureAwait(false);
            await SendAsync(turnContext, RepliesText.ConsentAsk, language, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var relayed = await desk.AppendAsync(record.Id, HandoffMessage.Survivor, text, crisis, cancellationToken).ConfigureAwait(false);
        if (relayed is null)
        {
            await SendAsync(turnContext, HandoffText.RelayFailed, language, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return await AfterRelayAsync(turnContext, record, language, crisis, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> AfterRelayAsync(ITurnContext turnContext, HandoffRecord record, Language language, bool crisis, CancellationToken cancellationToken)
    {
        HandoffLog.Relayed(logger, record.Status.ToString(), crisis);
        if (crisis)
        {
            await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        }

        if (record.Status == HandoffStatus.Waiting)
        {
            var position = await queue.PositionAsync(record.Id, cancellationToken).ConfigureAwait(false);
            await SendAsync(turnContext, HandoffText.StillWaiting, language, cancellationToken, ("position", position)).ConfigureAwait(false);
        }

        return true;
    }

    public async Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var link = await _links.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        var state = (turnContext.Activity.Value as JObject)?.Value<string>("state");
        if (link is null || state is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var updated = await queue.UpdateAsync(
            link.Id,
            r => !r.IsOpen ? null : state switch
            {
                "accepted" => r with { HubState = state, Status = HandoffStatus.Active, ClaimedBy = r.ClaimedBy ?? "hub", ClaimedAt = r.ClaimedAt ?? now },
                "completed" => CounsellorDesk.Close(r, HandoffStatus.Ended, "hub", now) with { HubState = state },
                _ => r with { HubState = state },
            },
            cancellationToken).ConfigureAwait(false);
        HandoffLog.HubStatus(logger, state is "accepted" or "failed" or "completed" ? state : "other");
        if (updated is { IsOpen: false })
        {
            await _links.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> CloseAsync(ITurnContext turnContext, string id, HandoffStatus status, TextKey said, Language language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await queue.UpdateAsync(id, r => r.IsOpen ? CounsellorDesk.Close(r, status, HandoffMessage.Survivor, now) : null, cancellationToken).ConfigureAwait(false);
        await _links.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await notifier.EndedAsync(id, HandoffMessage.Survivor, cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        await SendAsync(turnContext, said, language, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task SendAsync(ITurnContext turnContext, TextKey key, Language language, CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        var activity = MessageFactory.Text(texts.Get(key, language, args));
        activity.Locale = language.Culture().Name;
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
