using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Conversations held in this process's memory, bounded in number, in activities per conversation and in idle
/// time. Message text lives here only while a client may still read it; an idle conversation is dropped whole.
/// </summary>
public sealed class InMemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock) : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;
    private readonly Lock _admission = new();

    /// <summary>How many conversations are held now.</summary>
    public int Count => _entries.Count;

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

            var entry = new Entry(new DirectLineConversation(conversationId, userId, locale, now), now);
            var stored = _entries.AddOrUpdate(conversationId, entry, (_, old) => IsExpired(old, now) ? entry : old);
            return ValueTask.FromResult<ConversationStart?>(new ConversationStart(stored.Conversation, Created: ReferenceEquals(stored, entry)));
        }
    }

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entry = TryGetLive(conversationId, clock.GetUtcNow());
        return ValueTask.FromResult(entry?.Conversation);
    }

    public ValueTask<string> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        var entry = TryGetLive(conversationId, clock.GetUtcNow()) ?? throw new DirectLineConversationNotFoundException();
        lock (entry.Sync)
        {
            var sequence = ++entry.LastSequence;
            activity.Id = $"{conversationId}|{sequence:D7}";
            entry.Activities.Add(new StoredActivity(sequence, activity.Id, DirectLineJson.Serialize(activity), clientActivityId));
            if (entry.Activities.Count > _options.MaxActivitiesPerConversation)
            {
                entry.Activities.RemoveRange(0, entry.Activities.Count - _options.MaxActivitiesPerConversation);
            }

            var waiting = entry.Changed;
            entry.Changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.TrySetResult();

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
            await changed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public int PurgeExpired()
    {
        var now = clock.GetUtcNow();
        var purged = 0;
        foreach (var (id, entry) in _entries)
        {
            if (IsExpired(entry, now) && _entries.TryRemove(new KeyValuePair<string, Entry>(id, entry)))
            {
                purged++;
            }
        }

        return purged;
    }

    private Entry? TryGetLive(string conversationId, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        if (IsExpired(entry, now))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
            return null;
        }

        entry.Touch(now);
        return entry;
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.LastTouched > _options.IdleTimeout;

    private sealed record StoredActivity(long Sequence, string Id, string Json, string? ClientActivityId);

    private sealed class Entry(DirectLineConversation conversation, DateTimeOffset created)
    {
        public DirectLineConversation Conversation { get; } = conversation;

        public Lock Sync { get; } = new();

        public List<StoredActivity> Activities { get; } = [];

        public long LastSequence { get; set; }

        /// <summary>Completed (and replaced) whenever an activity is appended; streams wait on it.</summary>
        public TaskCompletionSource Changed { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private long _lastTouchedTicks = created.UtcTicks;

        // Read and written by concurrent requests without the entry lock: keep it one atomic 64-bit value.
        public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);
    }
}
