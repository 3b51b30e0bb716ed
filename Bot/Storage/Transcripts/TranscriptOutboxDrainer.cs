using ReportBot.Bot.Logging;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Moves transcript lines from the local outbox to storage, in order and in batches, off the turn's path: the lines of
/// a batch that belong to one case are appended to that case's segment in one request, at the position the drainer
/// expects. A line uploaded again (crash before the checkpoint) is recognised by its id and left out, so every line
/// is stored exactly once. While storage is unreachable it waits and retries, and the outbox keeps growing.
/// Under load it waits <see cref="Linger"/> after a round that uploaded lines, so one append carries a case's lines
/// of several turns and the drain does not compete with the turns' own state writes; a line arriving after a quiet
/// spell leaves at once, and <see cref="FlushAsync"/> (a reader that wants the newest lines) cuts the wait short, as
/// does any request that finds storage unreachable (<see cref="StorageReachability"/>): an outage is noticed when it
/// starts, not a linger later.
/// </summary>
public sealed class TranscriptOutboxDrainer(
    TranscriptOutbox outbox,
    IObjectStore store,
    DataKeyStore dataKeys,
    ErasureLog erasures,
    ErasureRecords erasureRecords,
    ILogger<TranscriptOutboxDrainer> logger,
    StorageReachability? reachability = null) : BackgroundService
{
    private const int BatchSize = 1024;
    private const int MaxRememberedSegments = 16384;

    /// <summary>
    /// The pause between two rounds that both found lines: the lines are durable in the outbox meanwhile. A round
    /// appends once to each case that has lines, so a longer pause means fewer, larger appends under load.
    /// </summary>
    public static readonly TimeSpan DefaultLinger = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly LowPriorityScheduler _scheduler = new("transcript drain");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _segmentLengths = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private OutboxPosition _drainedValue;
    private int _batchLines; // of the round that is running, for the log when it fails

    private OutboxPosition _drained
    {
        get { lock (_gate) { return _drainedValue; } }
        set { lock (_gate) { _drainedValue = value; } }
    }

    /// <summary>The pause after a round that found lines (<see cref="DefaultLinger"/>; tests lengthen it).</summary>
    internal TimeSpan Linger { get; set; } = DefaultLinger;

    /// <summary>True while storage refuses or cannot be reached and lines wait in the outbox.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Waits until every line appended before the call is in storage.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = outbox.End;
        while (_drained < target)
        {
            Wake();
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the drain thread once the drainer has stopped.</summary>
    public override void Dispose()
    {
        if (reachability is not null)
        {
            reachability.Lost -= Wake;
        }

        base.Dispose();
        _scheduler.Dispose();
    }

    // The drain's own work runs on the low-priority drain thread (LowPriorityScheduler); its awaits below resume there
    // (ConfigureAwait(true)), so a round's reading, opening and sealing of lines yields the cores to turns.
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (reachability is not null)
        {
            reachability.Lost += Wake;
        }

        return Task.Factory.StartNew(() => DrainAsync(stoppingToken), CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        var position = outbox.LoadCheckpoint();
        _drained = position;
        var delay = TimeSpan.FromMilliseconds(100);
        var paused = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            _batchLines = 0;
            try
            {
                var (count, next) = await ReadAndUploadAsync(position, stoppingToken).ConfigureAwait(true);
                if (next != position)
                {
                    outbox.Commit(next);
                    position = next;
                }

                erasures.Passed(position);

                _drained = position;
                delay = TimeSpan.FromMilliseconds(100);
                if (paused)
                {
                    paused = false;
                    IsPaused = false;
                    StorageLog.OutboxDrainResumed(logger);
                }

                if (count == 0)
                {
                    await WaitAsync(() => outbox.WaitForDataAsync(TimeSpan.FromSeconds(1), stoppingToken)).ConfigureAwait(true);
                }
                else if (count < BatchSize)
                {
                    await WaitAsync(() => _wake.WaitAsync(Linger, stoppingToken)).ConfigureAwait(true);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Unreachable storage, or anything unexpected: the lines stay in the outbox and are retried; the drainer never dies.
                // Some cases of the batch may have been appended: forget every length, so the retry reads each segment
                // and appends only what it lacks.
                _segmentLengths.Clear();
                if (!paused)
                {
                    paused = true;
                    IsPaused = true;
                    StorageLog.OutboxDrainPaused(logger, _batchLines, SafeLog.Describe(e));
                }

                await WaitAsync(() => Task.Delay(delay, stoppingToken)).ConfigureAwait(true);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // The batch's lines live only in this method's frame: kept in the loop's across the linger, every line a round read
    // outlived the gen0 GCs of that second and died in gen1 (README, "Memory: where the peak working set goes").
    private async Task<(int Count, OutboxPosition Next)> ReadAndUploadAsync(OutboxPosition position, CancellationToken cancellationToken)
    {
        var (records, next) = outbox.Read(position, BatchSize);
        _batchLines = records.Count;
        if (records.Count > 0)
        {
            await UploadAsync(records, cancellationToken).ConfigureAwait(true);
        }

        return (records.Count, next);
    }

    // One append per case per batch: the lines of the batch that belong to the case, in outbox order.
    private async Task UploadAsync(IReadOnlyList<OutboxRecord> records, CancellationToken cancellationToken)
    {
        var byCase = new Dictionary<string, List<TranscriptLine>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.Line is not { } entry)
            {
                if (!record.Erased)
                {
                    StorageLog.OutboxRecordDamaged(logger, "record failed authentication");
                }

                continue;
            }

            if (!erasures.Suppresses(entry.CaseId, entry.TurnStarted))
            {
                (byCase.TryGetValue(entry.CaseId, out var lines) ? lines : byCase[entry.CaseId] = []).Add(entry);
            }
        }

        await Parallel.ForEachAsync(byCase, new ParallelOptions { MaxDegreeOfParallelism = store.AppendConcurrency, CancellationToken = cancellationToken, TaskScheduler = _scheduler }, async (item, ct) =>
            await AppendCaseAsync(item.Key, item.Value, ct).ConfigureAwait(true)).ConfigureAwait(true);
    }

    private async Task AppendCaseAsync(string caseId, List<TranscriptLine> lines, CancellationToken cancellationToken)
    {
        using var erasureKeptOut = await erasures.EnterCaseAsync(caseId, cancellationToken).ConfigureAwait(true);
        lines.RemoveAll(e => erasures.Suppresses(e.CaseId, e.TurnStarted));
        if (lines.Count == 0)
        {
            return; // erased since the batch was read
        }

        // No data key: a new case, or one another instance erased while these lines waited here (this instance's
        // ErasureLog knows only its own erasures). Lines of turns that began by that erasure go with it; storing them
        // under a new key would make the erased conversation readable again.
        var key = await dataKeys.FindAsync(caseId, cancellationToken).ConfigureAwait(true);
        if (key is null && await erasureRecords.FindAsync(caseId, cancellationToken).ConfigureAwait(true) is { } erasedElsewhere)
        {
            lines.RemoveAll(e => e.TurnStarted <= erasedElsewhere);
            if (lines.Count == 0)
            {
                return;
            }
        }

        var name = ObjectNames.TranscriptSegment(caseId);
        // Found absent just now: the create-only write comes first (CreateOrGetAsync), not a second read.
        key ??= await dataKeys.CreateOrGetAsync(caseId, cancellationToken).ConfigureAwait(true);
        for (var attempt = 1; ; attempt++)
        {
            if (!_segmentLengths.TryGetValue(name, out var length) && attempt > 1)
            {
                // Refused at the position this drainer expected (another instance appended, or the segment was there
                // before this drainer first saw the case: a restart): read what the segment holds, and leave out the
                // lines it already has (appended before a crash, or before the checkpoint moved): exactly once.
                var stored = await store.ReadAsync(name, cancellationToken).ConfigureAwait(true);
                length = stored?.Content.Length ?? 0;
                if (stored is not null)
                {
                    var present = TranscriptSegment.IdsOf(stored.Content);
                    lines.RemoveAll(e => present.Contains(e.EntryId));
                }
            }

            if (lines.Count == 0)
            {
                RememberLength(name, length);
                break;
            }

            try
            {
                RememberLength(name, await store.AppendAsync(name, TranscriptSegment.Encode(lines, key, name), length, cancellationToken).ConfigureAwait(true));
                break;
            }
            catch (StorageConflictException) when (attempt < 6)
            {
                // Another instance appended to the same case, or this process's idea of the length is stale (or the
                // case is not new after all: the first attempt at an unknown segment assumes it is).
                _segmentLengths.TryRemove(name, out _);
            }
        }

        // The survivor may have erased the case while these lines were on their way (after the check above): then
        // the segment, and the data key the append may have created again, must not outlive the erasure.
        if (lines.Any(e => erasures.Suppresses(e.CaseId, e.TurnStarted)))
        {
            _segmentLengths.TryRemove(name, out _);
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(true);
            await dataKeys.ShredAsync(caseId, cancellationToken).ConfigureAwait(true);
        }
    }

    private void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another flush woke it first.
        }
    }

    private void RememberLength(string name, long length)
    {
        if (_segmentLengths.Count >= MaxRememberedSegments)
        {
            _segmentLengths.Clear();
        }

        _segmentLengths[name] = length;
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
