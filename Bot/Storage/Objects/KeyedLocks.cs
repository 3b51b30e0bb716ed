namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// One asynchronous lock per key, created on first use and removed when its last holder or waiter leaves (reference
/// counted), so unrelated keys never wait for each other and memory follows the keys in use, not every key ever seen.
/// </summary>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Keys with a holder or a waiter right now.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var entry = Join(key);
        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Release(this, key, entry);
    }

    /// <summary>Takes the key's lock only if it is free right now: the caller never waits, and never holds it while waiting to run.</summary>
    public bool TryEnter(string key, out IDisposable? held)
    {
        var entry = Join(key);
        if (entry.Gate.Wait(0))
        {
            held = new Release(this, key, entry);
            return true;
        }

        Leave(key, entry);
        held = null;
        return false;
    }

    // The key's lock, made on first use, counted as used until Leave.
    private Entry Join(string key)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.References++;
            return entry;
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.References == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int References { get; set; }
    }

    private sealed class Release(KeyedLocks owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
