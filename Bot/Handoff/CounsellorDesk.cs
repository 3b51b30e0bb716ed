using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// The counsellor's side of the handoff: the queue, claiming (a conditional write, so exactly one counsellor wins),
/// the transcript (audited), messages both ways, ending. A counsellor sees the waiting queue and only the
/// conversations they claimed.
/// </summary>
public sealed class CounsellorDesk(
    IHandoffQueue queue,
    HandoffProtector protector,
    ProactiveDelivery delivery,
    ITranscriptStore transcripts,
    IAuditLog audit,
    HandoffNotifier notifier,
    ITextCatalog texts,
    TimeProvider clock,
    ILogger<CounsellorDesk> logger)
{
    public async Task<IReadOnlyList<HandoffSummary>> ListAsync(string status, string counsellor, CancellationToken cancellationToken)
    {
        await queue.TouchPresenceAsync(counsellor, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var all = (await queue.ListAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Record).ToList();
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
            if (stored is null || stored.Record.Status == HandoffStatus.Message)
            {
                return DeskAccess.NotFound;
            }

            var record = stored.Record;
            if (record.Status == HandoffStatus.Active && record.ClaimedBy == counsellor)
            {
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

        // A left message belongs to whoever reads it first; live conversations only to the counsellor who claimed them.
        return stored.Record.ClaimedBy == counsellor || stored.Record.Status == HandoffStatus.Message
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

        if (record!.Status == HandoffStatus.Message)
        {
            // A left message is open to every counsellor, so each reading of it is audited.
            await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.MessageOpened, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        return (access, record.Messages.Where(m => m.Seq > after).Select(m => Reveal(record.Id, m)).ToList());
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

        var message = await AppendAsync(id, HandoffMessage.Counsellor, text, crisis: false, cancellationToken).ConfigureAwait(false);
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
            // A left message that has been dealt with: drop it (and its text) from the queue.
            await queue.UpdateAsync(id, r => r.Status == HandoffStatus.Message ? Close(r, HandoffStatus.Ended, "counsellor", clock.GetUtcNow()) : null, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Appends a message to a handoff (conditional write, retried) and pushes it to the watching console.</summary>
    public async Task<RelayedMessage?> AppendAsync(string id, string from, string text, bool crisis, CancellationToken cancellationToken)
    {
        HandoffMessage? added = null;
        var now = clock.GetUtcNow();
        var updated = await queue.UpdateAsync(
            id,
            r =>
            {
                if (!r.IsOpen)
                {
                    return null;
                }

                added = new HandoffMessage(r.Messages.Count == 0 ? 1 : r.Messages[^1].Seq + 1, from, protector.Protect(text, HandoffPurposes.Message(id)), now, crisis);
                return r with { Messages = [.. r.Messages, added], Crisis = r.Crisis || crisis };
            },
            cancellationToken).ConfigureAwait(false);
        if (updated is null || added is null || !updated.Messages.Contains(added))
        {
            return null;
        }

        var message = new RelayedMessage(added.Seq, from, text, now, crisis);
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
            await delivery.SendAsync(ReferenceOf(record), activity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            HandoffLog.DeliveryFailed(logger, record.ChannelId, SafeLog.Describe(failure));
            return false;
        }
    }

    public static Language LanguageOf(HandoffRecord record) => LanguageExtensions.FromCode(record.Language) ?? Language.Korean;

    private RelayedMessage Reveal(string id, HandoffMessage message) =>
        new(message.Seq, message.From, protector.Unprotect(message.ProtectedText, HandoffPurposes.Message(id)), message.At, message.Crisis);
}
