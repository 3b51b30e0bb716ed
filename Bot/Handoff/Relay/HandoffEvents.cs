using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// The Bot Framework handoff protocol for organisations with their own contact centre (Dynamics 365 Omnichannel,
/// LivePerson, Genesys): a <c>handoff.initiate</c> event with the transcript so far (as the transcript store keeps
/// it: redacted) and routing context that identifies nobody.
/// </summary>
public sealed class HandoffEvents(ITranscriptStore transcripts)
{
    public async Task EmitInitiateAsync(ITurnContext turnContext, HandoffRecord record, CancellationToken cancellationToken)
    {
        var activities = new List<Activity>();
        string? continuation = null;
        do
        {
            var page = await transcripts.GetTranscriptActivitiesAsync(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id, continuation).ConfigureAwait(false);
            activities.AddRange(page.Items.OfType<Activity>().Where(a => a.Type == ActivityTypes.Message));
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        var context = new { handoffId = record.Id, language = record.Language, crisis = record.Crisis, incidentTypes = record.IncidentTypes };
        var initiate = EventFactory.CreateHandoffInitiation(turnContext, context, new Transcript(activities));
        await turnContext.SendActivityAsync(initiate, cancellationToken).ConfigureAwait(false);
    }
}
