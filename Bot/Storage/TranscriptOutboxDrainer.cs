using ReportBot.Bot.Logging;

namespace ReportBot.Bot.Storage;

/// <summary>
/// Moves transcript lines from the local outbox to storage, in order, each as a create-only object with a name fixed
/// when the line was written: a line uploaded twice (crash before the checkpoint) is refused the second time, so
/// every line is stored exactly once. While storage is unreachable it waits and retries, and the outbox keeps growing.
/// </summary>
public sealed class TranscriptOutboxDrainer(
    TranscriptOutbox outbox,
    IObjectStore store,
    DataKeyStore dataKeys,
    ErasureLog erasures,
    ILogger<TranscriptOutboxDrainer> logger) : BackgroundService
{
    private const int BatchSize = 256;
    private readonly Lock _gate = new();
    private OutboxPosition _drainedValue;

    private OutboxPosition _drained
    {
        get { lock (_gate) { return _drainedValue; } }
        set { lock (_gate) { _drainedValue = value; } }
    }

    /// <summary>True while storage refuses or cannot be reached and lines wait in the outbox.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Waits until every line appended before the call is in storage.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = outbox.End;
        while (_drained < target)
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var position = outbox.LoadCheckpoint();
        _drained = position;
        var delay = TimeSpan.FromMilliseconds(100);
        var paused = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = 0;
            try
            {
                var (records, next) = outbox.Read(position, BatchSize);
                pending = records.Count;
                if (records.Count > 0)
                {
                    await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stoppingToken }, UploadAsync).ConfigureAwait(false);
                }

                if (next != position)
                {
                    outbox.Commit(next);
                    position = next;
                }

                _drained = position;
                delay = TimeSpan.FromMilliseconds(100);
                if (paused)
                {
                    paused = false;
                    IsPaused = false;
                    StorageLog.OutboxDrainResumed(logger);
                }

                if (records.Count == 0)
                {
                    await WaitAsync(() => outbox.WaitForDataAsync(TimeSpan.FromSeconds(1), stoppingToken)).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Unreachable storage, or anything unexpected: the lines stay in the outbox and are retried; the drainer never dies.
                if (!paused)
                {
                    paused = true;
                    IsPaused = true;
                    StorageLog.OutboxDrainPaused(logger, pending, SafeLog.Describe(e));
                }

                await WaitAsync(() => Task.Delay(delay, stoppingToken)).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async ValueTask UploadAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        if (record.Entry is not { } entry)
        {
            StorageLog.OutboxRecordDamaged(logger, "record failed authentication");
            return;
        }

        if (erasures.Suppresses(entry.CaseId, entry.TurnStarted))
        {
            return;
        }

        var name = entry.ObjectName;
        var key = await dataKeys.GetOrCreateAsync(entry.CaseId, cancellationToken).ConfigureAwait(false);
        var content = Envelope.Seal(key, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entry), name);
        try
        {
            await store.WriteAsync(name, content, WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Already stored by an earlier attempt: exactly once.
        }

        // The survivor may have erased the case while this line was on its way (after the check above): then the
        // line, and the data key the write may have created again, must not outlive the erasure.
        if (erasures.Suppresses(entry.CaseId, entry.TurnStarted))
        {
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            await dataKeys.ShredAsync(entry.CaseId, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WaitAsync(Func<Task> wait)
    {
        try
        {
            await wait().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
