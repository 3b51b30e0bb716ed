using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.Redelivery;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Writes every activity of a conversation (typing indicators excepted) to the transcript, sanitized and redacted,
/// and waits for the durable outbox to acknowledge each line before the turn goes on: unlike the Bot Framework's
/// TranscriptLoggerMiddleware, a storage outage cannot silently lose a line. The survivor's message is stamped when
/// it arrives but written once the turn knows the conversation's language (for the redaction markers), before the
/// first reply leaves and in any case before the turn ends. Replies held back by <see cref="ConsistentTurnRunner"/>
/// until the state is saved are written when they are really sent, so a re-run turn leaves no phantom lines.
/// </summary>
public sealed class TranscriptMiddleware(
    TranscriptOutbox outbox,
    TranscriptClock transcriptClock,
    Pseudonymizer pseudonyms,
    TranscriptActivitySanitizer sanitizer,
    IContactSharingConsent consent,
    ConversationOptions conversation,
    TimeProvider clock) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var inbound = turnContext.Activity;
        if (string.IsNullOrEmpty(inbound.Conversation?.Id) || string.IsNullOrEmpty(inbound.ChannelId))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var caseId = pseudonyms.CaseId(inbound.ChannelId, inbound.Conversation.Id);
        var turnStarted = clock.GetUtcNow();
        var inboundStamp = transcriptClock.Next();
        var inboundWritten = inbound.Type == ActivityTypes.Typing;

        async Task WriteInboundAsync()
        {
            // A redelivered activity is already in the transcript, with its replies.
            if (!inboundWritten && !RedeliveryGuard.IsRedelivery(turnContext))
            {
                inboundWritten = true;
                await outbox.AppendAsync([await EntryAsync(turnContext, inbound, caseId, turnStarted, inboundStamp, fromSurvivor: true, cancellationToken).ConfigureAwait(false)], cancellationToken).ConfigureAwait(false);
            }
        }

        // With expectReplies the replies leave in the HTTP response once the turn is over, so the survivor's line and
        // the replies can wait for the disk together (one group commit). Otherwise a reply leaves at once and the
        // survivor's line must be durable before it does.
        var repliesLeaveAfterTurn = ReplyBuffer.RepliesLeaveAfterTurn(inbound);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            if (ReplyBuffer.IsHolding(context) || RedeliveryGuard.IsRedelivery(context))
            {
                return await nextSend().ConfigureAwait(false);
            }

            if (!repliesLeaveAfterTurn)
            {
                await WriteInboundAsync().ConfigureAwait(false);
            }

            var responses = await nextSend().ConfigureAwait(false);
            var entries = new List<TranscriptEntry>(activities.Count + 1);
            if (!inboundWritten)
            {
                inboundWritten = true;
                entries.Add(await EntryAsync(context, inbound, caseId, turnStarted, inboundStamp, fromSurvivor: true, cancellationToken).ConfigureAwait(false));
            }

            foreach (var activity in activities.Where(a => a.Type != ActivityTypes.Typing && a.Type != ActivityTypes.Trace))
            {
                entries.Add(await EntryAsync(context, activity, caseId, turnStarted, transcriptClock.Next(), fromSurvivor: false, cancellationToken).ConfigureAwait(false));
            }

            if (entries.Count > 0)
            {
                await outbox.AppendAsync(entries, cancellationToken).ConfigureAwait(false);
            }

            return responses;
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await WriteInboundAsync().ConfigureAwait(false);
        }
    }

    private async Task<TranscriptEntry> EntryAsync(ITurnContext context, Activity activity, string caseId, DateTimeOffset turnStarted, (DateTimeOffset Timestamp, long Sequence) stamp, bool fromSurvivor, CancellationToken cancellationToken)
    {
        var language = DialogRunner.LanguageOf(context) ?? conversation.DefaultLanguage;
        var redact = !await consent.AllowsContactDetailsAsync(context, cancellationToken).ConfigureAwait(false);
        var json = sanitizer.ToTranscriptJson(activity, caseId, language, redact, fromSurvivor);
        return new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), stamp.Timestamp, stamp.Sequence, turnStarted, json);
    }
}
