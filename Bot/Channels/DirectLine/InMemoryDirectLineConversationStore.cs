using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Conversations held in this process's memory, bounded in number, in activities and bytes per conversation, in
/// bytes overall, in idle time and in absolute lifetime. Message text lives here only while a client may still
/// read it; an expired or erased conversation is dropped whole.
/// </summary>
public sealed class InMemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock) : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversationEntry> _entries = new(StringComparer.Ordinal);

    // Erased conversation ids, until every token issued before the erasure has expired (so none can bring it back).
    private readonly ConcurrentDictionary<string, DateTimeOffset> _erased = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;
    private readonly Lock _admission = new();
    private long _totalBytes;

    /// <summary>How many conversations are held now.</summary>
    public int Count => _entries.Count;

    /// <summary>Bytes all held activities take now.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public bool HasRoom => TotalBytes < _options.MaxTotalBytes;

    public ValueTask<ConversationStart?> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (TryGetLive(conversationId, now) is { } existing)
        {
            return ValueTask.FromResult<ConversationStart?>(new ConversationStart(existing.Conversation, Created: false));
        }

        lock (_admission)
        {
            if (_entries.Count >= _options.MaxConversations && PurgeExpired() == 0 && _entries.Count >= _options.MaxConversations)
            {
                return ValueTask.FromResult<ConversationStart?>(null);
            }

            var entry = new DirectLineConversationEntry(new DirectLineConversation(conversationId, userId, locale, now), now);
            var stored = _entries.AddOrUpdate(conversationId, entry, (_, old) => IsExpired(old, now) ? Forget(old, entry) : old);
            return ValueTask.FromResult<ConversationStart?>(new ConversationStart(stored.Conversation, Created: ReferenceEquals(stored, entry)));
        }
    }

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entry = TryGetLive(conversationId, clock.GetUtcNow());
        return ValueTask.FromResult(entry is { ErasedAt: null } ? entry.Conversation : null);
    }

    public ValueTask<DirectLineConversation?> FindForReplyAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGetLive(conversationId, clock.GetUtcNow())?.Conversation);

    public bool IsErased(string conversationId)
    {
        if (!_erased.TryGetValue(conversationId, out var until))
        {
            return false;
        }

        if (until > clock.GetUtcNow())
        {
            return true;
        }

        _erased.TryRemove(new KeyValuePair<string, DateTimeOffset>(conversationId, until));
        return false;
    }

    public ValueTask<string> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        var entry = TryGetLive(conversationId, clock.GetUtcNow()) ?? throw new DirectLineConversationNotFoundException();
        lock (entry.Sync)
        {
            var sequence = ++entry.LastSequence;
            activity.Id = $"{conversationId}|{sequence:D7}";
            var json = DirectLineJson.Serialize(activity);
            entry.Activities.Add(new DirectLineConversationEntry.StoredActivity(sequence, activity.Id, json, clientActivityId));
            Grow(entry, DirectLineConversationEntry.SizeOf(json));

            // The newest activity always stays, so a reply is never lost to the budget; the oldest go first.
            var dropped = 0;
            while (entry.Activities.Count - dropped > 1
                && (entry.Activities.Count - dropped > _options.MaxActivitiesPerConversation || entry.Bytes > _options.MaxBytesPerConversation))
            {
                Grow(entry, -DirectLineConversationEntry.SizeOf(entry.Activities[dropped].Json));
                dropped++;
            }

            entry.Activities.RemoveRange(0, dropped);
            entry.Signal();
            return ValueTask.FromResult(activity.Id);
        }
    }

    public ValueTask<string?> FindByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken)
    {
        if (TryGetLive(conversationId, clock.GetUtcNow()) is not { } entry)
        {
            return ValueTask.FromResult<string?>(null);
        }

        lock (entry.Sync)
        {
            var match = entry.Activities.FindLast(a => string.Equals(a.ClientActivityId, clientActivityId, StringComparison.Ordinal));
            return ValueTask.FromResult(match?.Id);
        }
    }

    public ValueTask<ActivityPage?> ReadAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        if (TryGetLive(conversationId, clock.GetUtcNow()) is not { } entry)
        {
            return ValueTask.FromResult<ActivityPage?>(null);
        }

        lock (entry.Sync)
        {
            var page = entry.Activities.Where(a => a.Sequence > watermark).Take(max).ToList();
            var next = page.Count > 0 ? page[^1].Sequence : Math.Min(Math.Max(watermark, 0), entry.LastSequence);
            return ValueTask.FromResult<ActivityPage?>(new ActivityPage(page.Select(a => a.Json).ToList(), next));
        }
    }

    public async Task<bool> WaitForActivityAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (TryGetLive(conversationId, clock.GetUtcNow()) is not { } entry)
        {
            return true;
        }

        Task changed;
        lock (entry.Sync)
        {
            if (entry.LastSequence > watermark)
            {
                return true;
            }

            changed = entry.Changed.Task;
        }

        try
        {
            await changed.WaitAsync(timeout, clock, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public IDisposable? TryOpenStream(string conversationId)
    {
        if (TryGetLive(conversationId, clock.GetUtcNow()) is not { ErasedAt: null } entry)
        {
            return null;
        }

        lock (entry.Sync)
        {
            if (entry.OpenStreams >= _options.MaxStreamsPerConversation)
            {
                return null;
            }

            entry.OpenStreams++;
        }

        return new StreamSlot(entry);
    }

    public ValueTask<bool> EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _erased[conversationId] = now + _options.TokenLifetime + TimeSpan.FromMinutes(1);
        if (!_entries.TryGetValue(conversationId, out var entry))
        {
            return ValueTask.FromResult(false);
        }

        lock (entry.Sync)
        {
            entry.ErasedAt = now;
            Grow(entry, -entry.Bytes);
            entry.Activities.Clear();
            entry.Signal();
        }

        return ValueTask.FromResult(true);
    }

    public int PurgeExpired()
    {
        var now = clock.GetUtcNow();
        var purged = 0;
        foreach (var (id, entry) in _entries)
        {
            if (IsExpired(entry, now) && _entries.TryRemove(new KeyValuePair<string, DirectLineConversationEntry>(id, entry)))
            {
                Forget(entry, entry);
                purged++;
            }
        }

        foreach (var (id, until) in _erased)
        {
            if (until <= now)
            {
                _erased.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, until));
            }
        }

        return purged;
    }

    private DirectLineConversationEntry? TryGetLive(string conversationId, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        if (IsExpired(entry, now))
        {
            if (_entries.TryRemove(new KeyValuePair<string, DirectLineConversationEntry>(conversationId, entry)))
            {
                Forget(entry, entry);
            }

            return null;
        }

        entry.Touch(now);
        return entry;
    }

    private bool IsExpired(DirectLineConversationEntry entry, DateTimeOffset now) =>
        now - entry.LastTouched > _options.IdleTimeout
        || now - entry.Created > _options.MaxLifetime
        || (entry.ErasedAt is { } erased && now - erased > _options.ErasureGrace);

    // Releases a removed entry's bytes and wakes its streams (they find it gone and close); returns the replacement.
    private DirectLineConversationEntry Forget(DirectLineConversationEntry old, DirectLineConversationEntry replacement)
    {
        lock (old.Sync)
        {
            Grow(old, -old.Bytes);
            old.Activities.Clear();
            old.Signal();
        }

        return replacement;
    }

    private void Grow(DirectLineConversationEntry entry, long bytes)
    {
        entry.Bytes += bytes;
        Interlocked.Add(ref _totalBytes, bytes);
    }

    private sealed class StreamSlot(DirectLineConversationEntry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                lock (entry.Sync)
                {
                    entry.OpenStreams--;
                }
            }
        }
    }
}
