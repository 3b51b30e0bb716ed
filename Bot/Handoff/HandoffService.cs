using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Bot.Handoff;

/// <summary>The survivor's side of the handoff: availability, joining the queue, leaving a message.</summary>
public sealed class HandoffService(
    IHandoffQueue queue,
    HandoffProtector protector,
    OpeningHours hours,
    HandoffOptions options,
    ConversationState conversationState,
    ITextCatalog texts,
    HandoffNotifier notifier,
    HandoffEvents events,
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

            return new HandoffTicket(record.Id, await queue.PositionAsync(record.Id, cancellationToken).ConfigureAwait(false), record.Crisis);
        }

        var reference = turnContext.Activity.GetConversationReference();
        var id = HandoffIds.New();
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
        };
        if (!await queue.TryCreateAsync(created, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("A random handoff id collided.");
        }

        await _links.SetAsync(turnContext, new HandoffLink { Id = created.Id }, cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        if (options.EmitHandoffInitiate)
        {
            await events.EmitInitiateAsync(turnContext, created, cancellationToken).ConfigureAwait(false);
        }

        return new HandoffTicket(created.Id, await queue.PositionAsync(created.Id, cancellationToken).ConfigureAwait(false), crisis);
    }

    public async Task LeaveMessageAsync(ITurnContext turnContext, Language language, string text, CancellationToken cancellationToken)
    {
        var id = HandoffIds.New();
        var now = clock.GetUtcNow();
        var note = new HandoffRecord
        {
            Id = id,
            Status = HandoffStatus.Message,
            Language = language.Code(),
            ChannelId = turnContext.Activity.ChannelId,
            CreatedAt = now,
            Messages = [new HandoffMessage(1, HandoffMessage.Survivor, protector.Protect(text, HandoffPurposes.Message(id)), now)],
        };
        await queue.TryCreateAsync(note, cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
    }
}
