using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// The counsellor's side of the handoff: the queue, claiming (a conditional write, so exactly one counsellor wins),
/// the transcript (audited), messages both ways, ending. A counsellor sees the waiting queue and only the
/// conversations they claimed.
/// </summary>
public sealed class CounsellorDesk(
    IHandoffQueue queue,
    HandoffProtector protector,
    HandoffSealer sealer,
    HandoffOptions options,
    ProactiveDelivery delivery,
    ITranscriptStore transcripts,
    IAuditLog audit,
    HandoffNotifier notifier,
    ClaimTimes claimTimes,
    ITextCatalog texts,
    TimeProvider clock,
    ILogger<CounsellorDesk> logger)
{
    public async Task<IReadOnlyList<HandoffSummary>> ListAsync(string status, string counsellor, CancellationToken cancellationToken)
    {
        await queue.TouchPresenceAsync(counsellor, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var all = (await queue.ListOpenAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Record).ToList();
        var waiting = all.Where(r => r.Status == HandoffStatus.Waiting).OrderByDescending(r => r.Crisis).ThenBy(r => r.CreatedAt).ToList();
        IEnumerable<HandoffRecord> chosen = status switch
        {
            "active" => all.Where(r => r.Status == HandoffStatus.Active && r.ClaimedBy == counsellor).OrderBy(r => r.ClaimedAt),
            "messages" => all.Where(r => r.Status == HandoffStatus.Message).OrderBy(r => r.CreatedAt),
            _ => waiting,
        };
        return chosen.Select(r => new HandoffSummary(
            r.Id,
            r.Status.ToString().ToLowerInvariant(),
            r.Language,
            r.CreatedAt,
            r.Crisis,
            r.IncidentTypes,
            r.Status == HandoffStatus.Waiting ? waiting.IndexOf(r) + 1 : null,
            r.ClaimedAt)).ToList();
    }

    /// <summary>Takes a waiting survivor. Exactly one of several simultaneous claims succeeds; the others get Conflict.</summary>
    public async Task<DeskAccess> ClaimAsync(string id, string counsellor, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return DeskAccess.NotFound;
            }

            var record = stored.Record;
            if (record.Status is HandoffStatus.Active or HandoffStatus.Message && record.ClaimedBy == counsellor)
            {
                return DeskAccess.Allowed;
            }

            if (record.Status == HandoffStatus.Message)
            {
                // A left message (a thread) opens only for the counsellor who takes it; nobody is joined live.
                if (record.ClaimedBy is not null)
                {
                    return DeskAccess.Conflict;
                }

                if (await queue.TryReplaceAsync(record with { ClaimedBy = counsellor, ClaimedAt = clock.GetUtcNow() }, stored.ETag, cancellationToken).ConfigureAwait(false) is null)
                {
                    continue;
                }

                await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.Claimed, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
                return DeskAccess.Allowed;
            }

            if (record.Status != HandoffStatus.Waiting)
            {
                return DeskAccess.Conflict;
            }

            var claimed = record with { Status = HandoffStatus.Active, ClaimedBy = counsellor, ClaimedAt = clock.GetUtcNow() };
            if (await queue.TryReplaceAsync(claimed, stored.ETag, cancellationToken).ConfigureAwait(false) is null)
            {
                // Someone wrote first: a claim (then this one lost) or a survivor's message (then try again).
                continue;
            }

            await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.Claimed, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await claimTimes.RecordAsync(claimed.ClaimedAt!.Value - claimed.CreatedAt, claimed.ClaimedAt.Value, cancellationToken).ConfigureAwait(false);
            await TrySendToSurvivorAsync(claimed, texts.Get(HandoffText.Joined, LanguageOf(claimed)), cancellationToken).ConfigureAwait(false);
            await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
            return DeskAccess.Allowed;
        }
    }

    /// <summary>The handoff if this counsellor holds it.</summary>
    public async Task<(DeskAccess Access, HandoffRecord? Record)> OpenAsync(string id, string counsellor, CancellationToken cancellationToken)
    {
        var stored = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return (DeskAccess.NotFound, null);
        }

        // Live conversations and left messages alike open only for the counsellor who took them.
        return stored.Record.ClaimedBy == counsellor
            ? (DeskAccess.Allowed, stored.Record)
            : (DeskAccess.Forbidden, null);
    }

    /// <summary>What was said before the handoff (from the transcript store), written to the audit log before it is read.</summary>
    public async Task<(DeskAccess Access, IReadOnlyList<TranscriptLine> Lines)> TranscriptAsync(string id, string counsellor, CancellationToken cancellationToken)
    {
        var (access, record) = await OpenAsync(id, counsellor, cancellationToken).ConfigureAwait(false);
        if (access != DeskAccess.Allowed || record!.ProtectedReference is null)
        {
            return (access == DeskAccess.Allowed ? DeskAccess.Conflict : access, []);
        }

        await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.TranscriptOpened, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var reference = ReferenceOf(record);
        var lines = new List<TranscriptLine>();
        string? continuation = null;
        do
        {
            var page = await transcripts.GetTranscriptActivitiesAsync(reference.ChannelId, reference.Conversation.Id, continuation).ConfigureAwait(false);
            foreach (var activity in page.Items.OfType<Activity>().Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)))
            {
                var fromBot = activity.From?.Id == reference.Bot?.Id || string.Equals(activity.From?.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase);
                lines.Add(new TranscriptLine(fromBot ? "bot" : HandoffMessage.Survivor, activity.Text, activity.Timestamp));
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
        return (DeskAccess.Allowed, lines);
    }

    public async Task<(DeskAccess Access, IReadOnlyList<RelayedMessage> Messages)> MessagesAsync(string id, string counsellor, long after, CancellationToken cancellationToken)
    {
        var (access, record) = await OpenAsync(id, counsellor, cancellationToken).ConfigureAwait(false);
        if (access != DeskAccess.Allowed)
        {
            return (access, []);
        }

        var revealed = await sealer.RevealAsync(record!, after, cancellationToken).ConfigureAwait(false);
        if ((record!.Status == HandoffStatus.Message || record.IsThread) && revealed.Count > 0)
        {
            // What a survivor left is read outside a live conversation: every opening that shows something is
            // audited before it is returned (the console's polls that bring nothing new are not openings).
            await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.MessageOpened, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        return (access, revealed);
    }

    /// <summary>Delivers the counsellor's message to the survivor, then keeps it in the handoff.</summary>
    public async Task<(DeskAccess Access, RelayedMessage? Message)> SendAsync(string id, string counsellor, string text, CancellationToken cancellationToken)
    {
        var (access, record) = await OpenAsync(id, counsellor, cancellationToken).ConfigureAwait(false);
        if (access != DeskAccess.Allowed)
        {
            return (access, null);
        }

        if (record!.Status != HandoffStatus.Active)
        {
            return (DeskAccess.Conflict, null);
        }

        if (!await TrySendToSurvivorAsync(record, texts.Get(HandoffText.CounsellorPrefix, LanguageOf(record), ("text", text)), cancellationToken).ConfigureAwait(false))
        {
            return (DeskAccess.Undelivered, null);
        }

        // The survivor got the counsellor's words as typed; the console shows them so too (a helpline's number, the
        // counsellor's own name), while the redacted copy stays the stored default like every message's.
        var message = await AppendAsync(id, HandoffMessage.Counsellor, text, crisis: false, cancellationToken, shareAsTyped: true).ConfigureAwait(false);
        return (DeskAccess.Allowed, message);
    }

    public async Task<DeskAccess> EndAsync(string id, string counsellor, CancellationToken cancellationToken)
    {
        var (access, record) = await OpenAsync(id, counsellor, cancellationToken).ConfigureAwait(false);
        if (access != DeskAccess.Allowed)
        {
            return access;
        }

        if (record!.Status == HandoffStatus.Message)
        {
            // A left message that has been dealt with leaves the console. A thread keeps its messages for the survivor
            // (they expire with the case); an old-style left message drops its text.
            var now = clock.GetUtcNow();
            await queue.UpdateAsync(
                id,
                r => r.Status != HandoffStatus.Message ? null
                    : r.IsThread ? r with { Status = HandoffStatus.Ended, ClosedBy = "counsellor", ClosedAt = now, ProtectedReference = null }
                    : Close(r, HandoffStatus.Ended, "counsellor", now),
                cancellationToken).ConfigureAwait(false);
            await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.Ended, now), cancellationToken).ConfigureAwait(false);
            await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
            return DeskAccess.Allowed;
        }

        if (record.Status != HandoffStatus.Active)
        {
            return DeskAccess.Conflict;
        }

        var ended = await queue.UpdateAsync(id, r => r.Status == HandoffStatus.Active ? Close(r, HandoffStatus.Ended, "counsellor", clock.GetUtcNow()) : null, cancellationToken).ConfigureAwait(false);
        if (ended is null || ended.Status != HandoffStatus.Ended)
        {
            return DeskAccess.Conflict;
        }

        await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.Ended, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await TrySendToSurvivorAsync(record, texts.Get(HandoffText.EndedByCounsellor, LanguageOf(record)), cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        return DeskAccess.Allowed;
    }

    /// <summary>
    /// Appends a message to a handoff (conditional write, retried), redacted, and pushes it to the watching console.
    /// With <paramref name="shareAsTyped"/> (the survivor agreed for this message, or the counsellor wrote it) the
    /// counsellor sees it as typed.
    /// </summary>
    public async Task<RelayedMessage?> AppendAsync(string id, string from, string text, bool crisis, CancellationToken cancellationToken, bool shareAsTyped = false)
    {
        var current = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is not { Record.IsOpen: true } || current.Record.Messages.Count >= options.MaxMessagesPerHandoff)
        {
            return null;
        }

        // Stored and shown redacted, like the transcript; sealed with the conversation's data key.
        var redacted = sealer.Redact(text, LanguageOf(current.Record));
        var sealedText = await sealer.SealAsync(id, current.Record.KeyScope, keyMustExist: false, redacted, cancellationToken).ConfigureAwait(false);
        var sealedAsTyped = shareAsTyped ? await sealer.SealAsync(id, current.Record.KeyScope, keyMustExist: false, text, cancellationToken).ConfigureAwait(false) : null;
        if (sealedText is null)
        {
            return null;
        }

        HandoffMessage? added = null;
        var now = clock.GetUtcNow();
        var updated = await queue.UpdateAsync(
            id,
            r =>
            {
                if (!r.IsOpen || r.KeyScope != current.Record.KeyScope || r.Messages.Count >= options.MaxMessagesPerHandoff)
                {
                    return null;
                }

                added = new HandoffMessage(r.Messages.Count == 0 ? 1 : r.Messages[^1].Seq + 1, from, sealedText, now, crisis, sealedAsTyped);
                return r with { Messages = [.. r.Messages, added], Crisis = r.Crisis || crisis };
            },
            cancellationToken).ConfigureAwait(false);
        if (updated is null || added is null || !updated.Messages.Contains(added))
        {
            return null;
        }

        var message = new RelayedMessage(added.Seq, from, sealedAsTyped is null ? redacted : text, now, crisis);
        await notifier.MessageAsync(id, message, cancellationToken).ConfigureAwait(false);
        return message;
    }

    /// <summary>Closes a handoff: drops the way to reach the survivor and the relayed messages (the transcript keeps the conversation).</summary>
    public static HandoffRecord Close(HandoffRecord record, HandoffStatus status, string by, DateTimeOffset at) =>
        record with { Status = status, ClosedBy = by, ClosedAt = at, ProtectedReference = null, Messages = [] };

    public ConversationReference ReferenceOf(HandoffRecord record) =>
        JsonConvert.DeserializeObject<ConversationReference>(protector.UnprotectReference(record.ProtectedReference!, record.Id))!;

    /// <summary>Sends to the survivor through their channel; false (and logged, without content) when it failed.</summary>
    public async Task<bool> TrySendToSurvivorAsync(HandoffRecord record, string text, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(text);
        activity.Locale = LanguageOf(record).Culture().Name;
        try
        {
            await delivery.SendAsync(ReferenceOf(record), activity, LastHeardFromSurvivor(record), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            HandoffLog.DeliveryFailed(logger, record.ChannelId, SafeLog.Describe(failure));
            return false;
        }
    }

    /// <summary>When the survivor last wrote: their latest relayed message, or their request for a counsellor.</summary>
    public static DateTimeOffset LastHeardFromSurvivor(HandoffRecord record) =>
        record.Messages.Where(m => m.From == HandoffMessage.Survivor).Select(m => m.At).DefaultIfEmpty(record.CreatedAt).Max();

    public static Language LanguageOf(HandoffRecord record) => LanguageExtensions.FromCode(record.Language) ?? Language.Korean;
}
