namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Timestamps for transcript lines that never repeat or go backwards within a process, so a turn's lines sort in
/// the order they happened even when the clock's resolution is coarse.
/// </summary>
public sealed class TranscriptClock(TimeProvider clock)
{
    private long _lastTicks;
    private long _sequence;

    public (DateTimeOffset Timestamp, long Sequence) Next()
    {
        while (true)
        {
            var last = Volatile.Read(ref _lastTicks);
            var ticks = Math.Max(clock.GetUtcNow().UtcTicks, last + 1);
            if (Interlocked.CompareExchange(ref _lastTicks, ticks, last) == last)
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), Interlocked.Increment(ref _sequence));
            }
        }
    }
}
