using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Privacy;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>The survivor's side of the handoff: availability, joining the queue, an honest wait (messages left go to <see cref="CaseThreads"/>).</summary>
public sealed class HandoffService(
    IHandoffQueue queue,
    HandoffProtector protector,
    OpeningHours hours,
    HandoffOptions options,
    ConversationState conversationState,
    ITextCatalog texts,
    HandoffNotifier notifier,
    HandoffEvents events,
    ClaimTimes claimTimes,
    Pseudonymizer pseudonyms,
    TimeProvider clock) : IHandoffService
{
    private readonly IStatePropertyAccessor<HandoffLink> _links = conversationState.CreateProperty<HandoffLink>(HandoffLink.StateProperty);

    public async Task<HandoffAvailability> GetAvailabilityAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!hours.IsOpen(now))
        {
            return HandoffAvailability.OutOfHours;
        }

        var present = await queue.CountPresentAsync(now.AddSeconds(-options.PresenceSeconds), cancellationToken).ConfigureAwait(false);
        return present > 0 ? HandoffAvailability.Open : HandoffAvailability.NoCounsellorOnline;
    }

    public string DescribeOpeningHours(Language language) => hours.Describe(texts, language);

    public async Task<HandoffTicket> RequestAsync(ITurnContext turnContext, Language language, bool crisis, IReadOnlyList<IncidentType> incidentTypes, CancellationToken cancellationToken)
    {
        var link = await _links.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        if (link is not null && await queue.GetAsync(link.Id, cancellationToken).ConfigureAwait(false) is { Record.IsOpen: true } open)
        {
            var record = open.Record;
            if (crisis && !record.Crisis)
            {
                record = await queue.UpdateAsync(record.Id, r => r.IsOpen ? r with { Crisis = true } : null, cancellationToken).ConfigureAwait(false) ?? record;
                await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
            }

            return await TicketAsync(record, cancellationToken).ConfigureAwait(false);
        }

        var reference = turnContext.Activity.GetConversationReference();
        var conversation = pseudonyms.CaseId(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id);
        // One handoff per turn: a re-run of this turn (its save lost an ETag race) finds the one the first run made.
        var activity = turnContext.Activity;
        var id = string.IsNullOrEmpty(activity.Id) ? HandoffIds.New() : pseudonyms.TurnId("handoff", activity.ChannelId, activity.Conversation.Id, activity.Id);
        var created = new HandoffRecord
        {
            Id = id,
            Status = HandoffStatus.Waiting,
            Language = language.Code(),
            Crisis = crisis,
            IncidentTypes = incidentTypes.Select(t => t.ToString()).ToArray(),
            ChannelId = turnContext.Activity.ChannelId,
            CreatedAt = clock.GetUtcNow(),
            ProtectedReference = protector.Protect(JsonConvert.SerializeObject(reference), HandoffPurposes.Reference(id)),

            // Relayed messages are sealed with the conversation's own data key, shredded by "delete my data".
            KeyScope = conversation,
            ConversationTag = conversation,
        };
        if (!await queue.TryCreateAsync(created, cancellationToken).ConfigureAwait(false))
        {
            created = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false) is { Record: var made } && made.ConversationTag == conversation
                ? made
                : throw new InvalidOperationException("A handoff id collided.");
        }

        await _links.SetAsync(turnContext, new HandoffLink { Id = created.Id }, cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        if (options.EmitHandoffInitiate)
        {
            await events.EmitInitiateAsync(turnContext, created, cancellationToken).ConfigureAwait(false);
        }

        return await TicketAsync(created, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HandoffTicket> TicketAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var present = await queue.CountPresentAsync(now.AddSeconds(-options.PresenceSeconds), cancellationToken).ConfigureAwait(false);
        return new HandoffTicket(
            record.Id,
            await queue.PositionAsync(record.Id, cancellationToken).ConfigureAwait(false),
            record.Crisis,
            await claimTimes.EstimateAsync(cancellationToken).ConfigureAwait(false),
            present > 0);
    }
}
