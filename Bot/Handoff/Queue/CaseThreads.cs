using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The survivor's side of threads on a case code (<see cref="ICaseThreads"/>). One thread per case, stored in the
/// handoff queue under an id derived from the case's storage scope (so a code finds its thread and nothing else
/// does), its messages redacted and sealed with the case's data key.
/// </summary>
public sealed class CaseThreads(
    IHandoffQueue queue,
    HandoffSealer sealer,
    HandoffProtector protector,
    EncryptedBotStorage storage,
    Pseudonymizer pseudonyms,
    ReportSessionAccessor sessions,
    HandoffOptions options,
    HandoffNotifier notifier,
    TimeProvider clock) : ICaseThreads
{
    private const int MaxAttempts = 20;

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public int MaxMessages => options.MaxMessagesPerHandoff;

    /// <summary>The thread id of a case: a keyed digest of the case's scope, a valid handoff id.</summary>
    public string ThreadIdFor(string caseKey) => pseudonyms.StateScope("handoff-thread/" + storage.ScopeOf(caseKey));

    public bool HoldsContactDetails(string text, Language language) => sealer.HoldsContactDetails(text, language);

    public async Task<ThreadWrite> WriteAsync(ITurnContext turnContext, string caseKey, Language language, string text, bool shareAsTyped, CancellationToken cancellationToken)
    {
        var scope = storage.ScopeOf(caseKey);
        var id = ThreadIdFor(caseKey);
        var redacted = await sealer.SealAsync(id, scope, keyMustExist: true, sealer.Redact(text, language), cancellationToken).ConfigureAwait(false);
        var asTyped = shareAsTyped ? await sealer.SealAsync(id, scope, keyMustExist: true, text, cancellationToken).ConfigureAwait(false) : null;
        if (redacted is null)
        {
            return ThreadWrite.Gone;
        }

        var session = await sessions.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var crisis = session.CrisisAt is { } at && now - at <= HandoffInterruption.CrisisWindow;
        var reference = protector.Protect(JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference()), HandoffPurposes.Reference(id));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                var created = new HandoffRecord
                {
                    Id = id,
                    Status = HandoffStatus.Message,
                    IsThread = true,
                    Language = language.Code(),
                    Crisis = crisis,
                    ChannelId = turnContext.Activity.ChannelId,
                    CreatedAt = now,
                    KeyScope = scope,
                    ConversationTag = pseudonyms.CaseId(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id),
                    ProtectedReference = reference,
                    SurvivorReadSeq = 1,
                    Messages = [new HandoffMessage(1, HandoffMessage.Survivor, redacted, now, crisis, asTyped)],
                };
                if (await queue.TryCreateAsync(created, cancellationToken).ConfigureAwait(false))
                {
                    await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
                    return ThreadWrite.Saved;
                }

                continue;
            }

            var record = stored.Record;
            if (record.Messages.Count >= MaxMessages)
            {
                return ThreadWrite.Full;
            }

            var seq = record.Messages.Count == 0 ? 1 : record.Messages[^1].Seq + 1;

            // The survivor's newest conversation is where a reply is pushed; a closed thread opens again.
            var answered = record with
            {
                Status = HandoffStatus.Message,
                ClosedAt = null,
                ClosedBy = null,
                Crisis = record.Crisis || crisis,
                Language = language.Code(),
                ChannelId = turnContext.Activity.ChannelId,
                ProtectedReference = reference,
                SurvivorReadSeq = seq,
                Messages = [.. record.Messages, new HandoffMessage(seq, HandoffMessage.Survivor, redacted, now, crisis, asTyped)],
            };
            if (await queue.TryReplaceAsync(answered, stored.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
                return ThreadWrite.Saved;
            }
        }

        throw new TimeoutException("The thread kept changing under every attempt to write to it.");
    }

    public async Task<CaseThreadView?> ReadAsync(string caseKey, CancellationToken cancellationToken)
    {
        var stored = await queue.GetAsync(ThreadIdFor(caseKey), cancellationToken).ConfigureAwait(false);
        if (stored is not { Record.IsThread: true } || !await sealer.IsAliveAsync(stored.Record.KeyScope, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var record = stored.Record;
        var replies = record.Messages.Where(m => m.From == HandoffMessage.Counsellor).ToList();
        var unread = replies.Where(m => m.Seq > record.SurvivorReadSeq).ToList();
        var shown = unread.Count > 0 ? unread : replies.Count > 0 && record.Messages[^1].From == HandoffMessage.Counsellor ? [replies[^1]] : [];
        var lines = new List<ThreadLine>();
        foreach (var message in shown)
        {
            // A counsellor's reply as typed (kept beside the redacted copy since replies carried it; older ones have only that).
            var text = message.ProtectedAsTyped is { } asTyped ? await sealer.OpenAsync(record, asTyped, cancellationToken).ConfigureAwait(false) : null;
            text ??= await sealer.OpenAsync(record, message.ProtectedText, cancellationToken).ConfigureAwait(false);
            if (text is not null)
            {
                lines.Add(new ThreadLine(message.From, text, message.At));
            }
        }

        if (unread.Count > 0)
        {
            var seen = unread[^1].Seq;
            await queue.UpdateAsync(record.Id, r => r.SurvivorReadSeq >= seen ? null : r with { SurvivorReadSeq = seen }, cancellationToken).ConfigureAwait(false);
        }

        return new CaseThreadView(lines, record.AwaitsReply, record.Status == HandoffStatus.Ended, record.PreferredWindow);
    }

    public async Task<bool> SetPreferredWindowAsync(string caseKey, PreferredWindow window, CancellationToken cancellationToken)
    {
        var updated = await queue.UpdateAsync(ThreadIdFor(caseKey), r => r.IsThread ? r with { PreferredWindow = window } : null, cancellationToken).ConfigureAwait(false);
        if (updated?.PreferredWindow != window)
        {
            return false;
        }

        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
