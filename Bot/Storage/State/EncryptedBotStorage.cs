using System.IO.Hashing;
using Microsoft.Bot.Builder;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// The bot's <see cref="IStorage"/>: every item encrypted with its scope's data key, named by a digest of its key,
/// and written with a real ETag precondition.
/// <list type="bullet">
/// <item><see cref="IStoreItem"/>: ETag null or "*" writes unconditionally; any other value must still match.</item>
/// <item><c>IDictionary&lt;string, object&gt;</c> (what BotState saves): its ETag travels in the entry "eTag". Read
/// sets it; a write with it must match; a write without it only creates (so two instances that both start a new
/// conversation cannot both win); "*" writes unconditionally. After a write the new ETag is put back in the item.</item>
/// </list>
/// A lost precondition throws <see cref="StorageConflictException"/>; the turn runner reloads and re-runs the turn.
/// Conversation state is served from <see cref="StateCache"/> when this instance holds its last version, so a turn
/// makes one storage request: the conditional write.
/// </summary>
public sealed class EncryptedBotStorage(
    IObjectStore store,
    DataKeyStore dataKeys,
    Pseudonymizer pseudonyms,
    StateCache cache,
    ILogger<EncryptedBotStorage> logger) : IStorage
{
    /// <summary>The dictionary entry that carries a state bag's ETag (the name MemoryStorage uses).</summary>
    public const string ETagEntry = "eTag";

    private const string ConversationSegment = "/conversations/";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var results = new Dictionary<string, object>(StringComparer.Ordinal);
        var reads = keys.Distinct(StringComparer.Ordinal).Select(async key => (key, value: await ReadOneAsync(key, cancellationToken).ConfigureAwait(false)));
        foreach (var (key, value) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (value is not null)
            {
                results[key] = value;
            }
        }

        return results;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            await WriteOneAsync(key, value, null, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var name = ObjectNames.State(ScopeOf(key));
            cache.Forget(name);
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The scope of a storage key: the case id for conversation state, a digest of the key otherwise.</summary>
    public string ScopeOf(string key)
    {
        var split = key.IndexOf(ConversationSegment, StringComparison.Ordinal);
        return split > 0 && key.IndexOf('/') == split
            ? pseudonyms.CaseId(key[..split], key[(split + ConversationSegment.Length)..])
            : pseudonyms.StateScope(key);
    }

    // Only conversation state is cached: it is read and written by turns, whose save is always conditional. Other
    // items (case records found by code from any instance) are read without a following write, so they are not.
    private static bool IsConversation(string key)
    {
        var split = key.IndexOf(ConversationSegment, StringComparison.Ordinal);
        return split > 0 && key.IndexOf('/') == split;
    }

    /// <summary>
    /// Reads one state bag with the serialized form it was read from (without its ETag entry), so the caller can tell
    /// later whether the turn changed it by comparing bytes instead of serialising it once more. Null when none.
    /// </summary>
    public async Task<LoadedState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        var (value, serialized) = await ReadOneWithBytesAsync(key, cancellationToken).ConfigureAwait(false);
        return value is IDictionary<string, object> bag ? new LoadedState(bag, serialized) : null;
    }

    /// <summary>
    /// Lends a state bag this turn saved, and will not touch again, to the next turn of its conversation on this instance
    /// (<see cref="StateCache.Lend"/>): that turn then starts from these objects instead of deserialising the bytes.
    /// </summary>
    public void LendState(string key, IDictionary<string, object> bag)
    {
        if (IsConversation(key) && bag.TryGetValue(ETagEntry, out var etag) && etag is string saved)
        {
            cache.Lend(ObjectNames.State(ScopeOf(key)), saved, bag);
        }
    }

    private async Task<object?> ReadOneAsync(string key, CancellationToken cancellationToken) =>
        (await ReadOneWithBytesAsync(key, cancellationToken).ConfigureAwait(false)).Value;

    private async Task<(object? Value, byte[] Serialized)> ReadOneWithBytesAsync(string key, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(key);
        var name = ObjectNames.State(scope);
        if (StateCache.Usable && IsConversation(key) && cache.TryTake(name, out var serialized, out var cachedETag, out var live))
        {
            StateCache.MarkServed();
            if (live is not null && StateCache.VerifyLent && !XxHash128.Hash(SerializeState(live)).AsSpan().SequenceEqual(serialized))
            {
                throw new InvalidOperationException("A conversation's state was changed after its save and lent to the next turn.");
            }

            // Lent objects come without the bytes (a state read from the cache is always saved, forced, so they are not
            // compared with anything).
            return live is not null ? (WithETag(live, cachedETag), []) : (WithETag(StateSerializer.Deserialize(serialized), cachedETag), serialized);
        }

        var stored = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return (null, []);
        }

        var dataKey = await dataKeys.FindAsync(scope, cancellationToken).ConfigureAwait(false);
        if (dataKey is null)
        {
            // Shredded (an erasure that was interrupted after the key went): the ciphertext is noise by design. Remove
            // it so the conversation can start afresh instead of colliding with it on every create-only save.
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            return (null, []);
        }

        byte[] plaintext;
        try
        {
            plaintext = Envelope.Open(dataKey, stored.Content, name);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            StorageLog.DecryptFailed(logger, SafeLog.Describe(e));
            return (null, []);
        }

        if (IsConversation(key))
        {
            cache.Remember(name, plaintext, stored.ETag, dataKey);
        }

        return (WithETag(StateSerializer.Deserialize(plaintext), stored.ETag), plaintext);
    }

    private static object? WithETag(object? value, string etag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case IDictionary<string, object> bag:
                bag[ETagEntry] = etag;
                break;
        }

        return value;
    }

    /// <summary>The bytes a state bag is stored as (its ETag entry left out); what <see cref="WriteStateAsync"/> takes.</summary>
    public static byte[] SerializeState(IDictionary<string, object> bag)
    {
        // The copy without the ETag entry is only read by the serializer: one per thread, emptied after use (so it
        // holds nothing of a conversation between turns), instead of a new dictionary on every save.
        var copy = t_withoutETag ?? new Dictionary<string, object>(StringComparer.Ordinal);
        t_withoutETag = null;
        try
        {
            CopyWithoutETag(bag, copy);
            return StateSerializer.Serialize(copy);
        }
        finally
        {
            copy.Clear();
            t_withoutETag = copy;
        }
    }

    [ThreadStatic]
    private static Dictionary<string, object>? t_withoutETag;

    /// <summary>
    /// Writes a state bag that the caller already serialized with <see cref="SerializeState"/>, under the same
    /// conditions as <see cref="WriteAsync"/> (the bag's ETag entry), and puts the new ETag back in the bag.
    /// </summary>
    public Task WriteStateAsync(string key, IDictionary<string, object> bag, byte[] serialized, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bag);
        return WriteOneAsync(key, bag, serialized, cancellationToken);
    }

    private static Dictionary<string, object> WithoutETag(IDictionary<string, object> bag)
    {
        var copy = new Dictionary<string, object>(bag.Count, StringComparer.Ordinal);
        CopyWithoutETag(bag, copy);
        return copy;
    }

    private static void CopyWithoutETag(IDictionary<string, object> bag, Dictionary<string, object> copy)
    {
        foreach (var (name, value) in bag)
        {
            if (name != ETagEntry)
            {
                copy[name] = value;
            }
        }
    }

    private async Task WriteOneAsync(string key, object? value, byte[]? serialized, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(key);
        var name = ObjectNames.State(scope);
        if (value is null)
        {
            cache.Forget(name);
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            return;
        }

        WriteCondition condition;
        object toStore = value;
        switch (value)
        {
            case IStoreItem item:
                condition = string.IsNullOrEmpty(item.ETag) || item.ETag == "*" ? WriteCondition.None : WriteCondition.IfMatch(item.ETag);
                break;
            case IDictionary<string, object> bag:
                var etag = bag.TryGetValue(ETagEntry, out var e) ? e?.ToString() : null;
                condition = etag is null ? WriteCondition.IfNotExists : etag == "*" ? WriteCondition.None : WriteCondition.IfMatch(etag);
                toStore = serialized is null ? WithoutETag(bag) : bag;
                break;
            default:
                condition = WriteCondition.None;
                break;
        }

        var dataKey = (StateCache.Usable && condition.Kind == WriteConditionKind.IfMatch ? cache.KeyFor(name, condition.ETag) : null)
            ?? await (condition.Kind == WriteConditionKind.IfNotExists ? dataKeys.CreateOrGetAsync(scope, cancellationToken) : dataKeys.GetOrCreateAsync(scope, cancellationToken)).ConfigureAwait(false);
        serialized ??= StateSerializer.Serialize(toStore);
        string newETag;
        try
        {
            newETag = await store.WriteAsync(name, Envelope.Seal(dataKey, serialized, name), condition, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Refused (another writer was first) or unknown (storage unreachable): the next read goes to storage.
            cache.Forget(name);
            throw;
        }

        if (IsConversation(key))
        {
            cache.Remember(name, serialized, newETag, dataKey);
        }
        switch (value)
        {
            case IStoreItem item:
                item.ETag = newETag;
                break;
            case IDictionary<string, object> bag:
                bag[ETagEntry] = newETag;
                break;
        }
    }
}
