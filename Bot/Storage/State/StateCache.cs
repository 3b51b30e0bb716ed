using System.Collections.Concurrent;
using System.IO.Hashing;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// The last version of each conversation's state this instance read or wrote: its serialized form and its ETag. A
/// turn run by <see cref="ConsistentTurnRunner"/> starts from it without a storage request; the runner then always
/// saves conditionally on that ETag (even when the turn changed nothing), so when another instance changed the
/// conversation meanwhile the save is refused, the entry is dropped, and the turn is re-run on a fresh read. Reads
/// outside such a turn, which no conditional write follows, always go to storage. Bounded; an erasure drops the entry.
/// A turn that ended well lends its state's live objects to the entry of the version it saved (<see cref="Lend"/>), and
/// the next turn takes them (<see cref="TryTake"/>) instead of deserialising the bytes: one turn at a time holds them, a
/// turn that finds them taken (a second delivery of the same conversation at the same moment) reads the version from
/// storage, and a new version (any save, also another turn's) drops what was lent with the old one. An entry holds
/// either the objects or the bytes, not both: the bytes go once the objects are lent, so that what every gen0
/// collection finds young and copies (each conversation's latest version, a few KB, made every turn) is there once.
/// </summary>
public sealed class StateCache
{
    private static readonly AsyncLocal<TurnUse?> InConsistentTurn = new();

    /// <summary>True inside a turn whose save is conditional and forced (the only place the cache may answer).</summary>
    public static bool Usable => InConsistentTurn.Value is not null;

    /// <summary>
    /// Lets reads in the current asynchronous flow (a turn run by the turn runner) use the cache; the returned record
    /// tells the runner whether one did (a conflict on a cached version costs no storage read, so no retry is spent).
    /// </summary>
    public static TurnUse UseInThisTurn() => InConsistentTurn.Value = new TurnUse();

    /// <summary>Marks that the current turn was served from the cache.</summary>
    public static void MarkServed()
    {
        if (InConsistentTurn.Value is { } use)
        {
            use.Served = true;
        }
    }

    /// <summary>
    /// The runtime switch (<c>runtimeconfig.json</c> <c>configProperties</c>, or <c>AppContext.SetSwitch</c> before the
    /// first turn) that turns on <see cref="VerifyLent"/>. Off unless set; the test project sets it for every test.
    /// </summary>
    public const string VerifyLentSwitch = "ReportBot.Storage.VerifyLentState";

    /// <summary>
    /// A diagnostic, off by default: a turn that takes lent objects first checks that they still serialise to the saved
    /// bytes (that nothing changed the state after its save), and fails loudly otherwise. It costs a serialisation a
    /// turn; the tests run with it so that code changing state after a save fails its conversation's test.
    /// </summary>
    public static bool VerifyLent { get; } = AppContext.TryGetSwitch(VerifyLentSwitch, out var on) && on;

    private const int MaxEntries = 8192;
    private const int MaxLent = 1024;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _lent; // entries holding lent objects

    /// <summary>
    /// The cached version of <paramref name="name"/>: the live objects lent with it, which the caller owns until it lends
    /// them back (<paramref name="serialized"/> is then empty, or with <see cref="VerifyLent"/> the XxHash128 digest of the
    /// bytes they were saved as), or else its bytes. False when there is no cached version, or when its objects were lent and another turn has
    /// them (the caller reads storage).
    /// </summary>
    public bool TryTake(string name, out byte[] serialized, out string etag, out IDictionary<string, object>? live)
    {
        if (_entries.TryGetValue(name, out var entry))
        {
            etag = entry.ETag;
            live = Interlocked.Exchange(ref entry.Lent, null);
            if (live is not null)
            {
                Interlocked.Decrement(ref _lent);
                serialized = entry.SavedAs ?? [];
                return true;
            }

            // Read after the exchange: a lender sets the objects before it lets go of the bytes.
            if (Volatile.Read(ref entry.Serialized) is { } bytes)
            {
                serialized = bytes;
                return true;
            }
        }

        (serialized, etag, live) = (Array.Empty<byte>(), string.Empty, null);
        return false;
    }

    /// <summary>
    /// Lends a turn's live state objects to the next turn, when the cached version is still the one the turn saved
    /// (<paramref name="etag"/>); the turn must not touch them afterwards.
    /// </summary>
    public void Lend(string name, string etag, IDictionary<string, object> live)
    {
        // Objects weigh several times their bytes: at most MaxLent conversations keep theirs (those past it deserialise).
        if (Volatile.Read(ref _lent) < MaxLent && _entries.TryGetValue(name, out var entry) && entry.ETag == etag)
        {
            if (VerifyLent)
            {
                // Before the objects are there for another turn to take. A digest, not the bytes: the bytes go as in production.
                entry.SavedAs ??= entry.Serialized is { } bytes ? XxHash128.Hash(bytes) : null;
            }

            if (Interlocked.CompareExchange(ref entry.Lent, live, null) is not null)
            {
                return;
            }

            Interlocked.Increment(ref _lent);
            Volatile.Write(ref entry.Serialized, null);
            if (!_entries.TryGetValue(name, out var now) || !ReferenceEquals(now, entry))
            {
                Drop(entry); // replaced meanwhile: nobody would take them
            }
        }
    }

    /// <summary>
    /// The data key the cached version was sealed with, while <paramref name="etag"/> is still that version's: a
    /// conditional write with it proves the conversation was not erased meanwhile (an erasure deletes the state after
    /// the key), so the key needs no fresh lookup.
    /// </summary>
    public byte[]? KeyFor(string name, string? etag) =>
        etag is not null && _entries.TryGetValue(name, out var entry) && entry.ETag == etag ? entry.DataKey : null;

    public void Remember(string name, byte[] serialized, string etag, byte[] dataKey)
    {
        if (_entries.Count >= MaxEntries)
        {
            foreach (var full in _entries.Values)
            {
                Drop(full);
            }

            _entries.Clear();
        }

        var fresh = new Entry(serialized, etag, dataKey);
        _entries.AddOrUpdate(name, fresh, (_, old) =>
        {
            Drop(old); // a new version: objects lent with the old one are no one's now
            return fresh;
        });
    }

    public void Forget(string name)
    {
        if (_entries.TryRemove(name, out var old))
        {
            Drop(old);
        }
    }

    private void Drop(Entry entry)
    {
        if (Interlocked.Exchange(ref entry.Lent, null) is not null)
        {
            Interlocked.Decrement(ref _lent);
        }
    }

    private sealed class Entry(byte[] serialized, string etag, byte[] dataKey)
    {
        // Null once objects were lent with this version (they stand for it; whoever finds them taken reads storage).
        public byte[]? Serialized = serialized;

        // With VerifyLent only: the digest of the bytes the lent objects were saved as, to check them against.
        public byte[]? SavedAs;

        public string ETag { get; } = etag;

        public byte[] DataKey { get; } = dataKey;

        // The live objects of this version, for one turn to take.
        public IDictionary<string, object>? Lent;
    }

    /// <summary>Whether a turn's state came from the cache.</summary>
    public sealed class TurnUse
    {
        public bool Served { get; set; }
    }
}
