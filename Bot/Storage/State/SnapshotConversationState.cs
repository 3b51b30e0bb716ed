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

    // Set while this turn's state is cached in TurnState: every property accessor loads first, and asking TurnState
    // (a culture-aware comparer: an ICU sort key per lookup) about a dozen times a turn only to find it there cost more
    // than the rest of the accessor. Cleared by DeleteAsync, the one call that takes the cached state away (ClearState
    // replaces it with an empty one, which a load would also have kept).
    private const string LoadedKey = "ReportBot.ConversationStateLoaded";

    // Set once this turn wrote its state: only a saved state may be lent to the next turn.
    private const string SavedKey = "ReportBot.ConversationStateSaved";

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
        if (!force && (TurnItems.Find<object>(turnContext, LoadedKey) is not null || GetCachedState(turnContext)?.State is not null))
        {
            return;
        }

        var loaded = await encrypted.ReadStateAsync(GetStorageKey(turnContext), cancellationToken).ConfigureAwait(false);

        // Made without its constructor, which serialises the state with Newtonsoft to hash it (a new serializer and
        // its settings each time); the hash is never compared here (SaveChangesAsync compares bytes), so it stays null.
        var cached = (CachedBotState)RuntimeHelpers.GetUninitializedObject(typeof(CachedBotState));
        cached.State = loaded?.Values ?? new Dictionary<string, object>();

        turnContext.TurnState[CacheKey] = cached;
        var items = TurnItems.Of(turnContext);
        items.Set(SnapshotKey, loaded?.Serialized ?? EncryptedBotStorage.SerializeState(cached.State));
        items.Set(LoadedKey, cached);
    }

    public override async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnItems.Of(turnContext).Set(LoadedKey, null);
        await base.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
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
        var items = TurnItems.Of(turnContext);
        items.Set(SnapshotKey, serialized);
        items.Set(SavedKey, cached.State);
    }

    /// <summary>
    /// At the end of a turn whose state was saved: lends the state's live objects to the conversation's next turn on
    /// this instance (<see cref="EncryptedBotStorage.LendState"/>) and lets go of them here, so anything later in this
    /// turn that asks for the state loads it again rather than changing objects the next turn may hold.
    /// </summary>
    public void LendToNextTurn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_storage is not EncryptedBotStorage encrypted || GetCachedState(turnContext)?.State is not { } bag
            || !ReferenceEquals(TurnItems.Find<object>(turnContext, SavedKey), bag))
        {
            return;
        }

        turnContext.TurnState.Remove(CacheKey);
        var items = TurnItems.Of(turnContext);
        items.Set(LoadedKey, null);
        items.Set(SnapshotKey, null);
        items.Set(SavedKey, null);
        encrypted.LendState(GetStorageKey(turnContext), bag);
    }
}
