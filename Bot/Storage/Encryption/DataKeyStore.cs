using System.Collections.Concurrent;
using System.Security.Cryptography;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// One AES-256 data key per case (or other state scope), stored only wrapped by the key-encryption key under
/// <c>keys/{scope}</c>. Deleting that object is crypto-shredding: every copy of the case's ciphertext becomes noise.
/// Unwrapped keys are cached briefly so a turn does not fetch its key twice; the short lifetime bounds how long
/// another instance can keep using a key that was just shredded, and the cache is bounded (expired keys are evicted).
/// </summary>
public sealed class DataKeyStore(IObjectStore store, KeyMaterial keys, StateCache stateCache, TimeProvider clock)
{
    private const int MaxCached = 8192;
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (byte[] Key, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);

    /// <summary>The scope's key, or null when it has none (never written, or shredded).</summary>
    public async Task<byte[]?> FindAsync(string scope, CancellationToken cancellationToken)
    {
        if (Cached(scope) is { } cached)
        {
            return cached;
        }

        var name = ObjectNames.Key(scope);
        var wrapped = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (wrapped is null)
        {
            return null;
        }

        var key = Envelope.Open(keys.KeyEncryptionKey, wrapped.Content, name);
        Remember(scope, key);
        return key;
    }

    public async Task<byte[]> GetOrCreateAsync(string scope, CancellationToken cancellationToken) =>
        await FindAsync(scope, cancellationToken).ConfigureAwait(false) ?? await CreateAsync(scope, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The scope's key, for a scope that is most likely new (its state was just found absent: a conversation's first
    /// turn). The create-only write comes first, so a new case costs one request, not a read that finds nothing and a
    /// write; a key that exists after all (made by another turn or instance, or kept when only the state was deleted)
    /// refuses the write and is read, as <see cref="GetOrCreateAsync"/> would.
    /// </summary>
    public async Task<byte[]> CreateOrGetAsync(string scope, CancellationToken cancellationToken) =>
        Cached(scope) ?? await CreateAsync(scope, cancellationToken).ConfigureAwait(false);

    private async Task<byte[]> CreateAsync(string scope, CancellationToken cancellationToken)
    {
        var name = ObjectNames.Key(scope);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            await store.WriteAsync(name, Envelope.Seal(keys.KeyEncryptionKey, key, name), WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
            Remember(scope, key);
            return key;
        }
        catch (StorageConflictException)
        {
            // Another turn or instance created it at the same moment: everyone uses the one that was stored.
            _cache.TryRemove(scope, out _);
            return await FindAsync(scope, cancellationToken).ConfigureAwait(false)
                ?? throw new StorageConflictException("The data key vanished while it was being created.");
        }
    }

    public async Task<bool> ShredAsync(string scope, CancellationToken cancellationToken)
    {
        // The cached plaintext of the scope's state goes with its key.
        stateCache.Forget(ObjectNames.State(scope));
        _cache.TryRemove(scope, out _);
        var deleted = await store.DeleteAsync(ObjectNames.Key(scope), cancellationToken).ConfigureAwait(false);
        _cache.TryRemove(scope, out _);
        return deleted;
    }

    private byte[]? Cached(string scope) =>
        _cache.TryGetValue(scope, out var cached) && cached.Expires > clock.GetUtcNow() ? cached.Key : null;

    private void Remember(string scope, byte[] key)
    {
        var now = clock.GetUtcNow();
        if (_cache.Count >= MaxCached)
        {
            // Evict: expired keys first; if every key is still fresh, start over (each is one read away).
            foreach (var (cachedScope, cached) in _cache)
            {
                if (cached.Expires <= now)
                {
                    _cache.TryRemove(cachedScope, out _);
                }
            }

            if (_cache.Count >= MaxCached)
            {
                _cache.Clear();
            }
        }

        _cache[scope] = (key, now + CacheLifetime);
    }
}
