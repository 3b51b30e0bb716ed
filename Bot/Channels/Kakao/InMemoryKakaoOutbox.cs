using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The outbox for one instance: in memory, bounded per conversation and in conversations, expired after
/// <see cref="KakaoOptions.PendingHours"/>. With several instances, use <see cref="StoredKakaoOutbox"/> (registered) instead; kept for the outbox rules' unit tests.
/// </summary>
public sealed class InMemoryKakaoOutbox(IOptions<KakaoOptions> options, TimeProvider clock) : IKakaoOutbox
{
    private readonly ConcurrentDictionary<string, List<KakaoPendingMessage>> _queues = new(StringComparer.Ordinal);
    private readonly KakaoOptions _options = options.Value;

    // When each recently erased conversation was erased: messages queued before then never come back.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _erasedAt = new(StringComparer.Ordinal);

    public ValueTask<bool> TryEnqueueAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return ValueTask.FromResult(true);
        }

        if (!_queues.ContainsKey(conversationId))
        {
            Sweep();
            if (_queues.Count >= _options.PendingConversations)
            {
                return ValueTask.FromResult(false);
            }
        }

        return ValueTask.FromResult(WithLiveQueue(conversationId, queue =>
        {
            DropExpired(queue);
            if (queue.Count + messages.Count > _options.PendingPerConversation)
            {
                return false;
            }

            queue.AddRange(NotErased(conversationId, messages));
            return true;
        }));
    }

    public ValueTask ReturnAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        // Messages put back were already accepted once, so they are not refused for lack of room.
        WithLiveQueue(conversationId, queue =>
        {
            queue.InsertRange(0, NotErased(conversationId, messages));
            return true;
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<KakaoPendingMessage>> DrainAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!_queues.TryGetValue(conversationId, out var queue))
        {
            return ValueTask.FromResult<IReadOnlyList<KakaoPendingMessage>>([]);
        }

        lock (queue)
        {
            DropExpired(queue);
            var taken = queue.ToList();
            queue.Clear();

            // An empty queue leaves the map; a writer holding it re-checks under the lock (WithLiveQueue).
            _queues.TryRemove(new KeyValuePair<string, List<KakaoPendingMessage>>(conversationId, queue));
            return ValueTask.FromResult<IReadOnlyList<KakaoPendingMessage>>(taken);
        }
    }

    public ValueTask<int> CountAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!_queues.TryGetValue(conversationId, out var queue))
        {
            return ValueTask.FromResult(0);
        }

        lock (queue)
        {
            DropExpired(queue);
            return ValueTask.FromResult(queue.Count);
        }
    }

    public ValueTask<int> EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        _erasedAt[conversationId] = clock.GetUtcNow();
        if (!_queues.TryGetValue(conversationId, out var queue))
        {
            return ValueTask.FromResult(0);
        }

        lock (queue)
        {
            var dropped = queue.Count;
            queue.Clear();
            _queues.TryRemove(new KeyValuePair<string, List<KakaoPendingMessage>>(conversationId, queue));
            return ValueTask.FromResult(dropped);
        }
    }

    private IEnumerable<KakaoPendingMessage> NotErased(string conversationId, IReadOnlyList<KakaoPendingMessage> messages) =>
        _erasedAt.TryGetValue(conversationId, out var erased) ? messages.Where(m => m.Queued >= erased) : messages;

    // Runs the action on the queue that is in the map under its lock, so a write never lands in a queue that a
    // drain or a sweep has just taken out of the map.
    private bool WithLiveQueue(string conversationId, Func<List<KakaoPendingMessage>, bool> action)
    {
        while (true)
        {
            var queue = _queues.GetOrAdd(conversationId, _ => []);
            lock (queue)
            {
                if (_queues.TryGetValue(conversationId, out var live) && ReferenceEquals(live, queue))
                {
                    return action(queue);
                }
            }
        }
    }

    private void DropExpired(List<KakaoPendingMessage> queue)
    {
        var oldest = clock.GetUtcNow() - TimeSpan.FromHours(_options.PendingHours);
        queue.RemoveAll(m => m.Queued < oldest);
    }

    private void Sweep()
    {
        var forgetErasures = clock.GetUtcNow() - TimeSpan.FromHours(_options.PendingHours);
        foreach (var (id, erased) in _erasedAt)
        {
            if (erased < forgetErasures)
            {
                _erasedAt.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, erased));
            }
        }

        foreach (var (id, queue) in _queues)
        {
            lock (queue)
            {
                DropExpired(queue);
                if (queue.Count == 0)
                {
                    _queues.TryRemove(new KeyValuePair<string, List<KakaoPendingMessage>>(id, queue));
                }
            }
        }
    }
}
