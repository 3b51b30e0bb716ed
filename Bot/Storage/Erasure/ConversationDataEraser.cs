using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage.Erasure;

/// <summary>
/// Erases a conversation: its data key first (crypto-shredding, so every copy, snapshot or backup of its ciphertext
/// is unreadable from that moment even if a later step fails), then its state and every transcript line. Lines of
/// turns that began before the erasure and still wait in the outbox are dropped rather than written back, in this
/// instance's outbox (<see cref="ErasureLog"/>) and in every other's (<see cref="ErasureRecords"/>).
/// </summary>
public sealed class ConversationDataEraser(
    IObjectStore store,
    DataKeyStore dataKeys,
    Pseudonymizer pseudonyms,
    ErasureLog erasures,
    ErasureRecords records,
    TranscriptOutbox outbox,
    StateCache stateCache,
    ILogger<ConversationDataEraser> logger)
{
    public Task<ConversationErasure> EraseConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        EraseCaseAsync(pseudonyms.CaseId(channelId, conversationId), cancellationToken);

    public async Task<ConversationErasure> EraseCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        using var drainerKeptOut = await erasures.EnterCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        var erasedAt = erasures.Record(caseId, outbox.End);

        // For the other instances, before the key goes: from the moment they find no key, they also find this record,
        // and drop the case's older lines still in their outboxes instead of storing them under a new key.
        await records.WriteAsync(caseId, erasedAt, cancellationToken).ConfigureAwait(false);
        var keyDeleted = await dataKeys.ShredAsync(caseId, cancellationToken).ConfigureAwait(false);
        stateCache.Forget(ObjectNames.State(caseId));
        var stateDeleted = await store.DeleteAsync(ObjectNames.State(caseId), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        var names = new List<string>();
        await foreach (var item in store.ListAsync(ObjectNames.TranscriptFolder(caseId), cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        var transcriptDeleted = 0;
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (name, ct) =>
        {
            if (await store.DeleteAsync(name, ct).ConfigureAwait(false))
            {
                Interlocked.Increment(ref transcriptDeleted);
            }
        }).ConfigureAwait(false);

        // The outbox still holds this conversation's lines (encrypted with the outbox key, not the shredded one).
        outbox.Erase(caseId, erasedAt);
        StorageLog.CaseErased(logger, stateDeleted, transcriptDeleted, keyDeleted);
        return new ConversationErasure(keyDeleted, stateDeleted, transcriptDeleted);
    }
}
