using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// Ready <see cref="AesGcm"/> instances per key, so a key that is used again (a case's data key on every turn, the
/// outbox key on every line) is not imported again each time. An <see cref="AesGcm"/> is not thread-safe: each
/// operation rents one for itself and gives it back. Pools hang off the key array itself (weakly), so they go when
/// the key is dropped (the data-key cache evicts, or the key is shredded); a pool also remembers the bytes it was made
/// for and is not used if the array was changed since.
/// </summary>
internal sealed class AesGcmPool
{
    private const int MaxIdle = 4;
    private static readonly ConditionalWeakTable<byte[], AesGcmPool> Pools = new();

    private readonly byte[] _key;
    private readonly int _tagSize;
    private readonly ConcurrentQueue<AesGcm> _idle = new();

    private AesGcmPool(byte[] key, int tagSize)
    {
        _key = (byte[])key.Clone();
        _tagSize = tagSize;
    }

    /// <summary>
    /// An <see cref="AesGcm"/> for <paramref name="key"/>, for one operation; give it back with <see cref="Return"/>.
    /// </summary>
    public static AesGcm Rent(byte[] key, int tagSize, out AesGcmPool? owner)
    {
        var pool = Pools.GetValue(key, k => new AesGcmPool(k, tagSize));
        if (pool._tagSize != tagSize || !pool._key.AsSpan().SequenceEqual(key))
        {
            owner = null;
            return new AesGcm(key, tagSize);
        }

        owner = pool;
        return pool._idle.TryDequeue(out var idle) ? idle : new AesGcm(pool._key, tagSize);
    }

    /// <summary>Gives back what <see cref="Rent"/> handed out (kept for the next operation, or disposed).</summary>
    public static void Return(AesGcm aes, AesGcmPool? owner)
    {
        if (owner is not null && owner._idle.Count < MaxIdle)
        {
            owner._idle.Enqueue(aes);
        }
        else
        {
            aes.Dispose();
        }
    }
}
