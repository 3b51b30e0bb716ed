using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// <see cref="ConversationState"/> without Bot Builder's change detection by hashing. <see cref="BotState"/> serialises
/// the whole state with Newtonsoft when it loads it and again after every save (and once more for an unforced save)
/// only to tell whether it changed; on top of that the storage serialises it to store it. Here the state is
/// serialised once per turn, by the save: the bytes it was read from are kept for the turn, and an unforced save
/// writes only when the new bytes differ. The stored format, the ETag handling and the conditional write are those of
/// <see cref="EncryptedBotStorage"/>; with any other <see cref="IStorage"/> this behaves exactly as its base.
/// </summary>
public sealed class SnapshotConversationState : ConversationState
{
    // The turn-state key BotState caches ConversationState under (its constructor passes its type's name).
    private const string CacheKey = nameof(ConversationState);
    private const string SnapshotKey = "ReportBot.ConversationStateSnapshot";

    private readonly IStorage _storage;

    public SnapshotConversationState(IStorage storage)
        : base(storage)
    {
        _storage = storage;
    }

    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (_storage is not EncryptedBotStorage encrypted)
        {
            await base.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
            return;
        }

        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var loaded = await encrypted.ReadStateAsync(GetStorageKey(turnContext), cancellationToken).ConfigureAwait(false);

        // Made without its constructor, which serialises the state with Newtonsoft to hash it (a new serializer and
        // its settings each time); the hash is never compared here (SaveChangesAsync compares bytes), so it stays null.
        var cached = (CachedBotState)RuntimeHelpers.GetUninitializedObject(typeof(CachedBotState));
        cached.State = loaded?.Values ?? new Dictionary<string, object>();

        turnContext.TurnState[CacheKey] = cached;
        TurnItems.Of(turnContext).Set(SnapshotKey, loaded?.Serialized ?? EncryptedBotStorage.SerializeState(cached.State));
    }

    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (_storage is not EncryptedBotStorage encrypted)
        {
            await base.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
            return;
        }

        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (cached?.State is null)
        {
            return;
        }

        var serialized = EncryptedBotStorage.SerializeState(cached.State);
        if (!force && TurnItems.Find<byte[]>(turnContext, SnapshotKey) is { } snapshot && snapshot.AsSpan().SequenceEqual(serialized))
        {
            return;
        }

        await encrypted.WriteStateAsync(GetStorageKey(turnContext), cached.State, serialized, cancellationToken).ConfigureAwait(false);
        TurnItems.Of(turnContext).Set(SnapshotKey, serialized);
    }
}
