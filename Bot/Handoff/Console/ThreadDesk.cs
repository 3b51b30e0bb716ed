using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// The counsellors' side of threads on case codes: the inbox (threads whose last word is the survivor's, crisis first,
/// then the longest waiting), upcoming preferred windows, and replies. A reply needs the thread taken by this
/// counsellor (409 otherwise); a thread whose case was erased is gone (404).
/// </summary>
public sealed class ThreadDesk(
    IHandoffQueue queue,
    HandoffSealer sealer,
    CounsellorDesk desk,
    IAuditLog audit,
    HandoffNotifier notifier,
    HandoffOptions options,
    ITextCatalog texts,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<ThreadSummary>> InboxAsync(string counsellor, CancellationToken cancellationToken)
    {
        await queue.TouchPresenceAsync(counsellor, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return (await queue.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Select(s => s.Record)
            .Where(r => r.IsThread && r.AwaitsReply)
            .Select(r => Summarise(r, counsellor))
            .OrderByDescending(s => s.Crisis)
            .ThenBy(s => s.WaitingSince)
            .ToList();
    }

    /// <summary>Threads with a preferred window that has not ended yet, soonest first.</summary>
    public async Task<IReadOnlyList<ThreadSummary>> WindowsAsync(string counsellor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await queue.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Select(s => s.Record)
            .Where(r => r.IsThread && r.Status == HandoffStatus.Message && r.PreferredWindow is { } w && w.To > now)
            .OrderBy(r => r.PreferredWindow!.From)
            .Select(r => Summarise(r, counsellor))
            .ToList();
    }

    public async Task<(DeskAccess Access, RelayedMessage? Message)> ReplyAsync(string id, string counsellor, string text, CancellationToken cancellationToken)
    {
        var stored = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null || !await sealer.IsAliveAsync(stored.Record.KeyScope, cancellationToken).ConfigureAwait(false))
        {
            return (DeskAccess.NotFound, null);
        }

        var record = stored.Record;
        if (!record.IsThread || record.Status != HandoffStatus.Message || record.ClaimedBy != counsellor || record.Messages.Count >= options.MaxMessagesPerHandoff)
        {
            return (DeskAccess.Conflict, null);
        }

        var language = CounsellorDesk.LanguageOf(record);
        // Kept redacted like every message, and as typed beside it: a reply reaches the survivor as the counsellor wrote
        // it (a helpline's number, the counsellor's own name), as a live handoff's messages do.
        var redacted = sealer.Redact(text, language);
        var sealedText = await sealer.SealAsync(id, record.KeyScope, keyMustExist: true, redacted, cancellationToken).ConfigureAwait(false);
        var sealedAsTyped = await sealer.SealAsync(id, record.KeyScope, keyMustExist: true, text, cancellationToken).ConfigureAwait(false);
        if (sealedText is null || sealedAsTyped is null)
        {
            return (DeskAccess.NotFound, null);
        }

        HandoffMessage? added = null;
        var now = clock.GetUtcNow();
        var updated = await queue.UpdateAsync(
            id,
            r =>
            {
                if (r.Status != HandoffStatus.Message || r.ClaimedBy != counsellor || r.Messages.Count >= options.MaxMessagesPerHandoff)
                {
                    return null;
                }

                added = new HandoffMessage(r.Messages[^1].Seq + 1, HandoffMessage.Counsellor, sealedText, now, ProtectedAsTyped: sealedAsTyped);
                return r with { Messages = [.. r.Messages, added] };
            },
            cancellationToken).ConfigureAwait(false);
        if (updated is null)
        {
            return (DeskAccess.NotFound, null);
        }

        if (added is null || !updated.Messages.Contains(added))
        {
            return (DeskAccess.Conflict, null);
        }

        await audit.WriteAsync(new AuditEntry(counsellor, id, AuditEntry.Replied, now), cancellationToken).ConfigureAwait(false);

        // Still in the conversation the survivor last wrote from: the reply arrives there too (at once on the web,
        // with their next message on KakaoTalk). Not reaching them is fine: the reply waits on the case code.
        if (updated.ProtectedReference is not null)
        {
            await desk.TrySendToSurvivorAsync(updated, texts.Get(RepliesText.ReplyPushed, language, ("text", text)), cancellationToken).ConfigureAwait(false);
        }

        var message = new RelayedMessage(added.Seq, HandoffMessage.Counsellor, text, now, false);
        await notifier.MessageAsync(id, message, cancellationToken).ConfigureAwait(false);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        return (DeskAccess.Allowed, message);
    }

    private static ThreadSummary Summarise(HandoffRecord r, string counsellor)
    {
        // The oldest survivor message since the counsellors last answered.
        var lastReply = r.Messages.LastOrDefault(m => m.From == HandoffMessage.Counsellor)?.Seq ?? 0;
        var waitingSince = r.Messages.FirstOrDefault(m => m.From == HandoffMessage.Survivor && m.Seq > lastReply)?.At ?? r.CreatedAt;
        var taken = r.ClaimedBy is null ? null : r.ClaimedBy == counsellor ? "me" : "other";
        return new ThreadSummary(r.Id, r.Status == HandoffStatus.Message ? "message" : "closed", r.Language, waitingSince, r.Crisis, taken, r.Messages.Count, r.PreferredWindow);
    }
}
