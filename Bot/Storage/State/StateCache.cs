using System.Collections.Concurrent;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// The last version of each conversation's state this instance read or wrote: its serialized form and its ETag. A
/// turn run by <see cref="ConsistentTurnRunner"/> starts from it without a storage request; the runner then always
/// saves conditionally on that ETag (even when the turn changed nothing), so when another instance changed the
/// conversation meanwhile the save is refused, the entry is dropped, and the turn is re-run on a fresh read. Reads
/// outside such a turn, which no conditional write follows, always go to storage. Bounded; an erasure drops the entry.
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

    private const int MaxEntries = 8192;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string name, out byte[] serialized, out string etag)
    {
        if (_entries.TryGetValue(name, out var entry))
        {
            (serialized, etag) = (entry.Serialized, entry.ETag);
            return true;
        }

        (serialized, etag) = (Array.Empty<byte>(), string.Empty);
        return false;
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
            _entries.Clear();
        }

        _entries[name] = new Entry(serialized, etag, dataKey);
    }

    public void Forget(string name) => _entries.TryRemove(name, out _);

    private sealed record Entry(byte[] Serialized, string ETag, byte[] DataKey);

    /// <summary>Whether a turn's state came from the cache.</summary>
    public sealed class TurnUse
    {
        public bool Served { get; set; }
    }
}
