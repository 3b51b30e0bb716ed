namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Whether the last request to Blob storage reached it, whoever sent it (a turn's state write, the transcript drain, the
/// console). <see cref="BlobObjectStore"/> reports every outcome; the health check reports "degraded" from the first
/// request that could not reach storage until one does, and the transcript drainer is woken at that first failure
/// (<see cref="Lost"/>), so it tries its waiting lines at once and pauses, instead of noticing only after its linger.
/// </summary>
public sealed class StorageReachability
{
    private int _unreachable;

    /// <summary>Raised once when a request fails to reach storage after the last one that did.</summary>
    public event Action? Lost;

    public bool IsUnreachable => Volatile.Read(ref _unreachable) == 1;

    /// <summary>A request got an answer from storage (a 404 or a refused precondition is an answer too).</summary>
    public void Reached()
    {
        // A read on every request's path; a write only when storage comes back.
        if (Volatile.Read(ref _unreachable) == 1)
        {
            Volatile.Write(ref _unreachable, 0);
        }
    }

    /// <summary>A request could not reach storage (no connection, time-out, throttled, a server error), after the client's retries.</summary>
    public void Failed()
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            Lost?.Invoke();
        }
    }
}
