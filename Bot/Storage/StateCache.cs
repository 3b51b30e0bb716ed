using System.Collections.Concurrent;

namespace ReportBot.Bot.Storage;

/// <summary>
/// The last version of each conversation's state this instance read or wrote: its serialized form and its ETag. A
/// turn starts from it without a storage request; the save is still conditional on that ETag, so when another
/// instance changed the conversation meanwhile the save is refused, the entry is dropped, and the turn runner reloads
/// from storage and re-runs the turn. Bounded; an erasure drops the entry at once.
/// </summary>
public sealed class StateCache
{
    private const int MaxEntries = 8192;
    private readonly ConcurrentDictionary<string, (byte[] Serialized, string ETag)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string name, out byte[] serialized, out string etag)
    {
        if (_entries.TryGetValue(name, out var entry))
        {
            (serialized, etag) = entry;
            return true;
        }

        (serialized, etag) = (Array.Empty<byte>(), string.Empty);
        return false;
    }

    public void Remember(string name, byte[] serialized, string etag)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[name] = (serialized, etag);
    }

    public void Forget(string name) => _entries.TryRemove(name, out _);
}
