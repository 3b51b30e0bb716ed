using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Turns channel ids into keyed digests: HMAC-SHA256(secret, domain | channel | id), 128 bits in lower-case hex.
/// The domain keeps a user id and a conversation id with the same text apart (Telegram's are equal). Without the
/// secret a digest cannot be linked back to a person, even by someone who holds a list of candidate ids.
/// </summary>
/// <remarks>
/// A turn asks for its conversation's and user's digests several times (telemetry, transcript, redelivery, state read
/// and write), so recent digests are remembered in memory: at most <see cref="MaxRemembered"/> ids, each dropped by a
/// sweep once a minute after <see cref="RememberFor"/> from its computation, and tied to the key they were made with
/// (a different key array starts over). The digest is a pure function of the key and the id, so remembering changes no result. Per-activity
/// ids (<see cref="TurnId"/>) are not remembered: they are not asked for again.
/// </remarks>
public sealed class Pseudonymizer(KeyMaterial keys, TimeProvider? clock = null) : IDisposable
{
    /// <summary>The prefix of a pseudonymous user id, so code and people can tell it is not a channel's id.</summary>
    public const string UserPrefix = "u_";

    /// <summary>How many ids are remembered at most; past it, everything is forgotten and recomputed as needed.</summary>
    public const int MaxRemembered = 4096;

    /// <summary>How long a remembered digest (and the channel id it was made from) stays in memory.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private Remembered _remembered = new([]);
    private ITimer? _sweeper;

    public string UserId(string channelId, string userId) => UserPrefix + RememberedDigest("user", channelId, userId);

    /// <summary>The case id of a conversation: names its state, transcript and data key.</summary>
    public string CaseId(string channelId, string conversationId) => RememberedDigest("conversation", channelId, conversationId);

    /// <summary>
    /// An id for something a turn creates (<paramref name="purpose"/>), the same every time that activity's turn runs
    /// (a re-run after an ETag conflict, a channel's redelivery), so creating it again finds the first one.
    /// </summary>
    public string TurnId(string purpose, string channelId, string conversationId, string activityId) =>
        Digest(keys.PseudonymKey, "turn:" + purpose, channelId, conversationId + "\n" + activityId);

    /// <summary>
    /// The name under which every instance finds that a case was erased (<see cref="Storage.Erasure.ErasureRecords"/>):
    /// a digest of the case id, so nothing left after an erasure is named for the case.
    /// </summary>
    public string ErasureTag(string caseId) => Digest(keys.PseudonymKey, "erasure", string.Empty, caseId);

    /// <summary>The scope for any other state key (user state, custom keys).</summary>
    public string StateScope(string storageKey) => RememberedDigest("state-key", string.Empty, storageKey);

    private string RememberedDigest(string domain, string channelId, string value)
    {
        var key = keys.PseudonymKey;
        var remembered = Volatile.Read(ref _remembered);
        if (!ReferenceEquals(remembered.Key, key))
        {
            remembered = new Remembered(key);
            Volatile.Write(ref _remembered, remembered);
        }

        var now = _clock.GetUtcNow();
        if (remembered.Digests.TryGetValue((domain, channelId, value), out var known) && known.Expires > now)
        {
            return known.Digest;
        }

        var digest = Digest(key, domain, channelId, value);
        if (remembered.Digests.Count >= MaxRemembered)
        {
            remembered.Digests.Clear();
        }

        remembered.Digests[(domain, channelId, value)] = (digest, now + RememberFor);
        if (Volatile.Read(ref _sweeper) is null)
        {
            var sweeper = _clock.CreateTimer(_ => Sweep(), null, SweepEvery, SweepEvery);
            if (Interlocked.CompareExchange(ref _sweeper, sweeper, null) is not null)
            {
                sweeper.Dispose();
            }
        }

        return digest;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _sweeper, null)?.Dispose();
        Volatile.Read(ref _remembered).Digests.Clear();
    }

    /// <summary>How many ids are in memory now (for tests of the bound).</summary>
    internal int RememberedCount => Volatile.Read(ref _remembered).Digests.Count;

    /// <summary>Drops every digest whose time is up (the timer calls it once a minute).</summary>
    internal void Sweep()
    {
        var now = _clock.GetUtcNow();
        var digests = Volatile.Read(ref _remembered).Digests;
        foreach (var entry in digests)
        {
            if (entry.Value.Expires <= now)
            {
                digests.TryRemove(entry);
            }
        }
    }

    private static string Digest(byte[] key, string domain, string channelId, string value)
    {
        var input = Encoding.UTF8.GetBytes(domain + "\n" + channelId + "\n" + value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, input).AsSpan(0, 16));
    }

    // The digests made with one key array; replaced whole when the key is.
    private sealed class Remembered(byte[] key)
    {
        public byte[] Key { get; } = key;

        public ConcurrentDictionary<(string Domain, string Channel, string Value), (string Digest, DateTimeOffset Expires)> Digests { get; } = new();
    }
}
