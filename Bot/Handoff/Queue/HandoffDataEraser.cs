using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Privacy;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The handoff's part of "delete my data": the thread of an erased case (its messages and replies), and every
/// handoff record the conversation made (live handoffs with their conversation reference and relayed messages,
/// threads started here). Records are found by the case's thread id and by the conversation's pseudonymous tag. A thread
/// of another case that was last answered from this conversation keeps its messages (they belong to that case) but
/// forgets the way back to this conversation.
/// </summary>
public sealed class HandoffDataEraser(
    IHandoffQueue queue,
    CaseThreads threads,
    CounsellorDesk desk,
    Pseudonymizer pseudonyms,
    HandoffNotifier notifier,
    IEnumerable<IWaitingMessages> waiting) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        var deleted = 0;
        if (request.CaseKey is not null && await DeleteAsync(threads.ThreadIdFor(request.CaseKey), ct, dropWaitingReplies: true).ConfigureAwait(false))
        {
            deleted++;
        }

        if (request.WholeConversation)
        {
            var tag = pseudonyms.CaseId(request.ChannelId, request.ConversationId);
            foreach (var (record, _) in await queue.ListAsync(ct).ConfigureAwait(false))
            {
                if (record.ConversationTag == tag)
                {
                    deleted += await DeleteAsync(record.Id, ct).ConfigureAwait(false) ? 1 : 0;
                }
                else if (record.ProtectedReference is not null && PointsHere(record, request))
                {
                    // Not counted as erased: the messages stay with their case, only the way back here goes.
                    await queue.UpdateAsync(record.Id, r => r.ProtectedReference is null || !PointsHere(r, request) ? null : r with { ProtectedReference = null }, ct).ConfigureAwait(false);
                }
            }
        }

        if (deleted == 0)
        {
            return ErasureResult.Nothing;
        }

        await notifier.QueueChangedAsync(ct).ConfigureAwait(false);
        return ErasureResult.Of(ErasedItem.CounsellorMessages);
    }

    private async Task DropWaitingAsync(HandoffRecord record, CancellationToken ct)
    {
        Microsoft.Bot.Schema.ConversationReference reference;
        try
        {
            reference = desk.ReferenceOf(record);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or Newtonsoft.Json.JsonException)
        {
            return;
        }

        if (reference.ChannelId is { } channel && reference.Conversation?.Id is { } conversation)
        {
            foreach (var store in waiting)
            {
                await store.DropAsync(channel, conversation, ct).ConfigureAwait(false);
            }
        }
    }

    private bool PointsHere(HandoffRecord record, ErasureRequest request)
    {
        try
        {
            var reference = desk.ReferenceOf(record);
            return reference.ChannelId == request.ChannelId && reference.Conversation?.Id == request.ConversationId;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }

    private async Task<bool> DeleteAsync(string id, CancellationToken ct, bool dropWaitingReplies = false)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stored = await queue.GetAsync(id, ct).ConfigureAwait(false);
            if (stored is null)
            {
                return false;
            }

            if (dropWaitingReplies && stored.Record.ProtectedReference is not null && stored.Record.Messages.Any(m => m.From == HandoffMessage.Counsellor))
            {
                // A reply to this case may wait in the conversation the survivor last wrote from (KakaoTalk, Messenger),
                // sealed with the channel's key, not the case's: it goes with the case, with whatever else waits there.
                await DropWaitingAsync(stored.Record, ct).ConfigureAwait(false);
            }

            if (await queue.TryDeleteAsync(id, stored.ETag, ct).ConfigureAwait(false))
            {
                // A counsellor who has it open must not keep the survivor's words on screen.
                await notifier.ErasedAsync(id, ct).ConfigureAwait(false);
                return true;
            }
        }

        throw new TimeoutException("The handoff kept changing under every attempt to delete it.");
    }
}
