using ReportBot.Bot.Privacy;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// The handoff's part of "delete my data": the thread of an erased case (its messages and replies), and every
/// handoff record the conversation made (live handoffs with their conversation reference and relayed messages,
/// threads started here). Records are found by the case's thread id and by the conversation's pseudonymous tag.
/// </summary>
public sealed class HandoffDataEraser(IHandoffQueue queue, CaseThreads threads, Pseudonymizer pseudonyms, HandoffNotifier notifier) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        var deleted = 0;
        if (request.CaseKey is not null && await DeleteAsync(threads.ThreadIdFor(request.CaseKey), ct).ConfigureAwait(false))
        {
            deleted++;
        }

        if (request.WholeConversation)
        {
            var tag = pseudonyms.CaseId(request.ChannelId, request.ConversationId);
            foreach (var (record, _) in await queue.ListAsync(ct).ConfigureAwait(false))
            {
                if (record.ConversationTag == tag && await DeleteAsync(record.Id, ct).ConfigureAwait(false))
                {
                    deleted++;
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

    private async Task<bool> DeleteAsync(string id, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stored = await queue.GetAsync(id, ct).ConfigureAwait(false);
            if (stored is null)
            {
                return false;
            }

            if (await queue.TryDeleteAsync(id, stored.ETag, ct).ConfigureAwait(false))
            {
                return true;
            }
        }

        throw new TimeoutException("The handoff kept changing under every attempt to delete it.");
    }
}
