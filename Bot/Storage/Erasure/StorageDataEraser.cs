using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Storage.Erasure;

/// <summary>
/// The storage layer's part of "delete my data": shreds the data keys (so every copy and backup of the ciphertext
/// becomes unreadable) and deletes the state and transcript of the conversation and, when named, of the case record.
/// </summary>
public sealed class StorageDataEraser(ConversationDataEraser eraser, EncryptedBotStorage storage) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        var erased = new HashSet<ErasedItem>();
        if (request.CaseKey is not null)
        {
            // The case record is encrypted under its own scope: shredding that key makes any copy of it unreadable.
            var caseErasure = await eraser.EraseCaseAsync(storage.ScopeOf(request.CaseKey), ct).ConfigureAwait(false);
            Add(erased, caseErasure, ErasedItem.Case);
        }

        if (request.WholeConversation)
        {
            var conversation = await eraser.EraseConversationAsync(request.ChannelId, request.ConversationId, ct).ConfigureAwait(false);
            Add(erased, conversation, ErasedItem.ConversationState);
        }

        return new ErasureResult(erased);
    }

    private static void Add(HashSet<ErasedItem> erased, ConversationErasure erasure, ErasedItem stateMeans)
    {
        if (erasure.KeyDeleted)
        {
            erased.Add(ErasedItem.EncryptionKeys);
        }

        if (erasure.StateObjectsDeleted > 0)
        {
            erased.Add(stateMeans);
        }

        if (erasure.TranscriptEntriesDeleted > 0)
        {
            erased.Add(ErasedItem.Transcript);
        }
    }
}
