using System.Collections.Concurrent;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// Conversations that started a moment ago, so a platform that announces one start twice (Teams sends both
/// installationUpdate and conversationUpdate; Telegram may send conversationUpdate and <c>/start</c>) gets one greeting
/// and one privacy note. In memory and bounded: a duplicate on another instance costs a repeated greeting, nothing more.
/// </summary>
public sealed class RecentStarts(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _starts = new(StringComparer.Ordinal);

    /// <summary>True for the first start of a conversation within <see cref="Window"/>.</summary>
    public bool TryMark(string channelId, string conversationId)
    {
        var now = clock.GetUtcNow();
        if (_starts.Count >= Capacity)
        {
            foreach (var old in _starts.Where(s => now - s.Value >= Window).Select(s => s.Key).ToList())
            {
                _starts.TryRemove(old, out _);
            }
        }

        var key = channelId + "\n" + conversationId;
        var first = true;
        _starts.AddOrUpdate(key, now, (_, previous) =>
        {
            first = now - previous >= Window;
            return first ? now : previous;
        });
        return first;
    }
}
