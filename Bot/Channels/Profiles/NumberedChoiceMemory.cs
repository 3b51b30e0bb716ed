using System.Collections.Concurrent;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// The buttons that a channel could not show and were sent as numbered lines instead, per conversation, until the
/// survivor's next message: so "2" can do exactly what tapping the second button would have done, whatever the
/// question (a menu, "done" at the end of a story, "next" in the legal options). In memory, bounded; on another
/// instance a number simply reaches the dialogs as typed (choice questions understand numbers anyway).
/// </summary>
public sealed class NumberedChoiceMemory(TimeProvider clock)
{
    /// <summary>Conversations remembered at once; the oldest are dropped beyond this.</summary>
    public const int Capacity = 10_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void Remember(string channelId, string conversationId, IReadOnlyList<string> values)
    {
        if (_entries.Count >= Capacity)
        {
            foreach (var stale in _entries.OrderBy(e => e.Value.At).Take(Capacity / 10).ToList())
            {
                _entries.TryRemove(stale.Key, out _);
            }
        }

        _entries[Key(channelId, conversationId)] = new Entry(values, clock.GetUtcNow());
    }

    /// <summary>Forgets a conversation's numbered buttons (new buttons were shown, or they were used).</summary>
    public void Forget(string channelId, string conversationId) => _entries.TryRemove(Key(channelId, conversationId), out _);

    /// <summary>Takes (and forgets) what the numbers of the last numbered list stood for.</summary>
    public IReadOnlyList<string>? Take(string channelId, string conversationId) =>
        _entries.TryRemove(Key(channelId, conversationId), out var entry) && clock.GetUtcNow() - entry.At < Lifetime ? entry.Values : null;

    private static string Key(string channelId, string conversationId) => channelId + "\n" + conversationId;

    private sealed record Entry(IReadOnlyList<string> Values, DateTimeOffset At);
}
