using Microsoft.Bot.Schema;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// Messages kept for a survivor's next message because their platform no longer accepts one the bot writes first.
/// One object per conversation in the shared store (<c>channels/held/{case id}</c>), so any instance can deliver it;
/// the texts are encrypted (<see cref="HandoffProtector"/>), bounded in number, dropped after <see cref="Lifetime"/>,
/// and erased with the rest of the conversation when the survivor deletes their data.
/// </summary>
public sealed class HeldMessageStore(IObjectStore store, HandoffProtector protector, Pseudonymizer pseudonyms, TimeProvider clock) : IDataEraser, IWaitingMessages
{
    /// <summary>Most messages kept per conversation; the oldest go first beyond it.</summary>
    public const int MaxPerConversation = 50;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private const string Purpose = "ReportBot.Channels.HeldMessages.v1";
    private const int Attempts = 5;

    public async Task HoldAsync(string channelId, string conversationId, string text, string? locale, CancellationToken cancellationToken)
    {
        var name = NameOf(channelId, conversationId);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var held = existing is null ? [] : Open(existing.Content, name);
            held.Add(new HeldMessage(text, locale, clock.GetUtcNow()));
            var kept = held.TakeLast(MaxPerConversation).ToList();
            var condition = existing is null ? WriteCondition.IfNotExists : WriteCondition.IfMatch(existing.ETag);
            try
            {
                await store.WriteAsync(name, Seal(kept, name), condition, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
                // Another instance held a message at the same moment: read again and add to theirs.
            }
        }
    }

    /// <summary>The held messages of a conversation, oldest first, taken from the store (only by the one caller that wins).</summary>
    public async Task<IReadOnlyList<HeldMessage>> TakeAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var name = NameOf(channelId, conversationId);
        var existing = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        var held = existing is null ? [] : Open(existing.Content, name);
        if (held.Count == 0)
        {
            return [];
        }

        // Claim by emptying the list under the ETag read: of two instances, only one delivers. The emptied object stays
        // (a delete cannot be conditional), so a message held a moment later is added to it, never lost.
        try
        {
            await store.WriteAsync(name, Seal([], name), WriteCondition.IfMatch(existing!.ETag), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        return held.Where(m => now - m.At < Lifetime).ToList();
    }

    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        if (request.WholeConversation)
        {
            await store.DeleteAsync(NameOf(request.ChannelId, request.ConversationId), ct).ConfigureAwait(false);
        }

        // Held messages are counsellors' words, not what the survivor told: nothing to list for them.
        return ErasureResult.Nothing;
    }

    /// <summary>A case was erased whose thread last answered to this conversation: what is held for it goes (held messages are counsellors' words).</summary>
    public Task DropAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(NameOf(channelId, conversationId), cancellationToken);

    private string NameOf(string channelId, string conversationId) => "channels/held/" + pseudonyms.CaseId(channelId, conversationId);

    private byte[] Seal(List<HeldMessage> messages, string name) => SealedJson.Seal(protector, messages, Purpose, name);

    private List<HeldMessage> Open(byte[] content, string name) => SealedJson.Open<List<HeldMessage>>(protector, content, Purpose, name) ?? [];
}
