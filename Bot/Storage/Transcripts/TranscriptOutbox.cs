using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// The durable local outbox every transcript line passes through: append-only segment files under
/// <c>{LocalPath}/outbox</c>, each record <c>[length][AES-GCM sealed line or lines]</c> (<see cref="OutboxRecordCodec"/>).
/// An append completes only after its bytes are fsync'd, so once a turn has been answered its lines survive a crash. Concurrent appends are written
/// and fsync'd together (group commit). Each process starts a fresh segment, so a torn tail left by a crash is never
/// appended to. The drainer reads behind the writer and advances a checkpoint once lines are in Blob storage.
/// </summary>
public sealed partial class TranscriptOutbox : IAsyncDisposable
{
    private const long SegmentLimit = 16 * 1024 * 1024;
    private readonly string _folder;
    private readonly KeyMaterial _keys;
    private readonly GroupCommit<byte[][], bool> _commits;
    private readonly List<ReadOnlyMemory<byte>> _records = [];
    private readonly SemaphoreSlim _dataAvailable = new(0, 1);

    // The device of the outbox's folder: each commit's sync is recorded there, so it also makes durable a turn's state
    // record written to the same device just before without a flush of its own (TurnDurability).
    private readonly DeviceFlushes? _flushes;
    private readonly OutboxCheckpoint _checkpoint;
    private PreallocatedFile? _active;
    private long _activeSegment;
    private long _committedLength;

    public TranscriptOutbox(IOptions<StorageOptions> options, KeyMaterial keys)
    {
        _folder = Path.Combine(Path.GetFullPath(options.Value.LocalPath), "outbox");
        Directory.CreateDirectory(_folder);
        _keys = keys;
        _activeSegment = Segments().DefaultIfEmpty(0).Max() + 1;
        _flushes = DeviceFlushes.Of(_folder);
        _checkpoint = new OutboxCheckpoint(_folder);
        _commits = new GroupCommit<byte[][], bool>(WriteBatch, maxBatch: 1024, threadName: "outbox commit");
    }

    /// <summary>Where everything appended so far ends.</summary>
    public OutboxPosition End => new(Volatile.Read(ref _activeSegment), Volatile.Read(ref _committedLength));

    /// <summary>Appends one line and returns once it is on disk.</summary>
    public Task AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken) => AppendAsync([entry], cancellationToken);

    /// <summary>
    /// Appends lines in order, and returns once all are on disk (one wait for the turn, usually one fsync). Consecutive
    /// lines of one case and one turn (a turn's survivor line and replies) share one sealed record, so a turn costs one
    /// seal here and one opening in the drainer instead of one a line.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        // The lines are queued or written at once; a cancelled turn must not make them look lost, so no token here.
        var records = OutboxRecordCodec.Encode(entries, _keys.OutboxKey);
        return records.Count == 0 ? Task.CompletedTask : _commits.CommitAsync([.. records]);
    }

    /// <summary>Waits until something new was appended, or the timeout passed.</summary>
    public async Task WaitForDataAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _dataAvailable.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _commits.CloseAsync().ConfigureAwait(false);
        _active?.Dispose();
        _checkpoint.Dispose();
    }

    // One batch (a turn's records each, from concurrent turns): one write and one sync. GroupCommit runs one at a time.
    private bool WriteBatch(IReadOnlyList<byte[][]> batch)
    {
        try
        {
            var file = _active ??= OpenSegment(_activeSegment);
            _records.Clear();
            foreach (var records in batch)
            {
                foreach (var record in records)
                {
                    _records.Add(record);
                }
            }

            file.Append(_records);
            Volatile.Write(ref _committedLength, file.Length);
            if (file.Length > SegmentLimit)
            {
                file.Dispose();
                _active = null;
                Volatile.Write(ref _committedLength, 0);
                Interlocked.Increment(ref _activeSegment);
                _active = OpenSegment(_activeSegment);
            }

            return true;
        }
        catch (Exception)
        {
            // The turn that appended learns of it and fails visibly; nothing is silently dropped.
            // A fresh segment next (also when this one could not be created), so a torn tail is never appended to.
            if (_active is not null)
            {
                DisposeQuietly(_active);
                _active = null;
                Volatile.Write(ref _committedLength, 0);
            }

            Interlocked.Increment(ref _activeSegment);
            throw;
        }
        finally
        {
            _records.Clear();
            if (_dataAvailable.CurrentCount == 0)
            {
                try
                {
                    _dataAvailable.Release();
                }
                catch (SemaphoreFullException)
                {
                }
            }
        }
    }

    private static void DisposeQuietly(PreallocatedFile file)
    {
        try
        {
            file.Dispose();
        }
        catch (IOException)
        {
            // Its acknowledged records were synced; the next segment begins fresh.
        }
    }

    // Zero-filled ahead of the writer (a commit syncs its data, not the inode): every reader below stops at a record
    // length of zero, which is also where a crash leaves the segment's end.
    // A segment is only ever created, never reopened. When the number is taken (two hosts on one data folder, as the
    // handoff tests on Blob storage run them), the next free one becomes the active segment.
    private PreallocatedFile OpenSegment(long segment)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var file = new PreallocatedFile(SegmentPath(segment), SegmentLimit + PreallocatedFile.Chunk, _flushes);
                Volatile.Write(ref _activeSegment, segment);
                return file;
            }
            catch (IOException) when (attempt < 64 && File.Exists(SegmentPath(segment)))
            {
                segment++;
            }
        }
    }

    private string SegmentPath(long segment) => Path.Combine(_folder, segment.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + ".log");

    private IEnumerable<long> Segments() =>
        Directory.EnumerateFiles(_folder, "*.log")
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), out var n) ? n : -1)
            .Where(n => n >= 0)
            .ToList();
}
