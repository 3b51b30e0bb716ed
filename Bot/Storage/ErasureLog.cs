using System.Collections.Concurrent;

namespace ReportBot.Bot.Storage;

/// <summary>
/// Cases erased by this process, and when. Transcript lines of an erased case from turns that began before the
/// erasure (the "delete my data" turn included) are dropped instead of being written back after the shredding.
/// Kept in memory only, so no trace of a deleted case is stored.
/// </summary>
public sealed class ErasureLog(TimeProvider clock)
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _erased = new(StringComparer.Ordinal);

    public void Record(string caseId)
    {
        var now = clock.GetUtcNow();
        _erased[caseId] = now;
        foreach (var (id, at) in _erased)
        {
            if (now - at > Horizon)
            {
                _erased.TryRemove(id, out _);
            }
        }
    }

    /// <summary>True when this process erased anything recently (a cheap check before computing a case id).</summary>
    public bool IsEmpty => _erased.IsEmpty;

    public bool Suppresses(string caseId, DateTimeOffset turnStarted) =>
        _erased.TryGetValue(caseId, out var erasedAt) && turnStarted <= erasedAt;
}
