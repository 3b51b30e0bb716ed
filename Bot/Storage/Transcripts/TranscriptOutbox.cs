using System.Buffers.Binary;
using System.Text.Json;
using System.Threading.Channels;
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
public sealed class TranscriptOutbox : IAsyncDisposable
{
    private const long SegmentLimit = 16 * 1024 * 1024;
    private readonly string _folder;
    private readonly KeyMaterial _keys;
    private readonly Channel<(byte[] Record, TaskCompletionSource Done)> _pending = Channel.CreateUnbounded<(byte[], TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _dataAvailable = new(0, 1);
    private readonly Task _writer;
    private PreallocatedFile? _active;
    private long _activeSegment;
    private long _committedLength;

    public TranscriptOutbox(IOptions<StorageOptions> options, KeyMaterial keys)
    {
        _folder = Path.Combine(Path.GetFullPath(options.Value.LocalPath), "outbox");
        Directory.CreateDirectory(_folder);
        _keys = keys;
        _activeSegment = Segments().DefaultIfEmpty(0).Max() + 1;
        _writer = Task.Run(WriteLoopAsync);
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
    public async Task AppendAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        var records = OutboxRecordCodec.Encode(entries, _keys.OutboxKey);
        var waits = new Task[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_pending.Writer.TryWrite((records[i], done)))
            {
                throw new ObjectDisposedException(nameof(TranscriptOutbox));
            }

            waits[i] = done.Task;
        }

        // The lines are already queued; a cancelled turn must not make them look lost, so wait without the token.
        await Task.WhenAll(waits).ConfigureAwait(false);
    }

    /// <summary>
    /// Overwrites with zeros, in every segment still on disk, the records of lines of <paramref name="caseId"/> from
    /// turns that began by <paramref name="erasedAt"/>, so no byte of an erased conversation stays in the outbox
    /// (drained or not). The drainer skips zeroed records.
    /// </summary>
    public int Erase(string caseId, DateTimeOffset erasedAt)
    {
        var erased = 0;
        foreach (var segment in Segments().Order())
        {
            var active = segment == Volatile.Read(ref _activeSegment);
            FileStream stream;
            long limit;
            try
            {
                limit = active ? Volatile.Read(ref _committedLength) : new FileInfo(SegmentPath(segment)).Length;
                stream = new FileStream(SegmentPath(segment), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                continue; // drained and removed meanwhile
            }

            using var owned = stream;
            var header = new byte[4];
            var changed = false;
            while (stream.Position + 4 <= limit)
            {
                var at = stream.Position;
                stream.ReadExactly(header);
                var length = BinaryPrimitives.ReadInt32LittleEndian(header);
                if (length <= 0 || at + 4 + length > limit)
                {
                    break;
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                // The lines of a record share their case and turn (AppendAsync groups them so).
                if (TryOpen(body) is { Count: > 0 } lines && lines[0].CaseId == caseId && lines[0].TurnStarted <= erasedAt)
                {
                    stream.Position = at + 4;
                    stream.Write(new byte[length]);
                    changed = true;
                    erased += lines.Count;
                }
            }

            if (changed)
            {
                stream.Flush(flushToDisk: true);
            }
        }

        return erased;
    }

    public OutboxPosition LoadCheckpoint()
    {
        var file = Path.Combine(_folder, "checkpoint");
        if (File.Exists(file) && File.ReadAllText(file).Split(' ') is [var segment, var offset])
        {
            return new OutboxPosition(long.Parse(segment, System.Globalization.CultureInfo.InvariantCulture), long.Parse(offset, System.Globalization.CultureInfo.InvariantCulture));
        }

        return new OutboxPosition(Segments().DefaultIfEmpty(_activeSegment).Min(), 0);
    }

    /// <summary>Records that everything before <paramref name="position"/> is stored, and removes finished segments.</summary>
    public void Commit(OutboxPosition position)
    {
        var file = Path.Combine(_folder, "checkpoint");
        var temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(FormattableString.Invariant($"{position.Segment} {position.Offset}")));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file, overwrite: true);
        foreach (var segment in Segments().Where(s => s < position.Segment && s != Volatile.Read(ref _activeSegment)))
        {
            File.Delete(SegmentPath(segment));
        }
    }

    /// <summary>Up to <paramref name="max"/> records after <paramref name="from"/>, and the position after the last.</summary>
    public (IReadOnlyList<OutboxRecord> Records, OutboxPosition Next) Read(OutboxPosition from, int max)
    {
        var records = new List<OutboxRecord>();
        var position = from;
        var activeAtStart = Volatile.Read(ref _activeSegment);
        var segments = Segments().Where(s => s >= from.Segment).Order().ToList();
        foreach (var segment in segments)
        {
            if (segment > position.Segment)
            {
                position = new OutboxPosition(segment, 0);
            }

            var active = segment == Volatile.Read(ref _activeSegment);
            var limit = active ? Volatile.Read(ref _committedLength) : new FileInfo(SegmentPath(segment)).Length;
            using var stream = new FileStream(SegmentPath(segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Position = position.Offset;
            var header = new byte[4];
            while (records.Count < max && position.Offset + 4 <= limit)
            {
                stream.ReadExactly(header);
                var length = BinaryPrimitives.ReadInt32LittleEndian(header);
                if (length <= 0 || position.Offset + 4 + length > limit)
                {
                    break; // a torn tail from a crash: nothing after it in this segment was acknowledged
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                position = new OutboxPosition(segment, position.Offset + 4 + length);
                AddLines(records, body, position);
            }

            if (records.Count >= max || active)
            {
                break;
            }
        }

        // Every earlier segment is read and this process has not written its first line yet (no file): the reader
        // is at the end, so waiting for everything appended so far must not wait for a file that does not exist.
        if (records.Count < max && position.Segment < activeAtStart && !segments.Contains(activeAtStart))
        {
            position = new OutboxPosition(activeAtStart, 0);
        }

        return (records, position);
    }

    /// <summary>Waits until something new was appended, or the timeout passed.</summary>
    public async Task WaitForDataAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _dataAvailable.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        _active?.Dispose();
    }

    // A record's lines, each with the position after the whole record: a batch never ends inside a record, so the
    // checkpoint never does either.
    private void AddLines(List<OutboxRecord> records, byte[] body, OutboxPosition after)
    {
        if (body.AsSpan().IndexOfAnyExcept((byte)0) < 0)
        {
            records.Add(new OutboxRecord(null, after, Erased: true));
        }
        else if (TryOpen(body) is { Count: > 0 } lines)
        {
            records.AddRange(lines.Select(line => new OutboxRecord(line, after)));
        }
        else
        {
            records.Add(new OutboxRecord(null, after));
        }
    }

    private IReadOnlyList<TranscriptEntry>? TryOpen(byte[] body) => OutboxRecordCodec.TryOpen(body, _keys.OutboxKey);

    private async Task WriteLoopAsync()
    {
        var batch = new List<(byte[] Record, TaskCompletionSource Done)>();
        var records = new List<ReadOnlyMemory<byte>>();
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 1024 && _pending.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                var file = _active ??= OpenSegment(_activeSegment);
                records.Clear();
                foreach (var (record, _) in batch)
                {
                    records.Add(record);
                }

                file.Append(records);
                Volatile.Write(ref _committedLength, file.Length);
                foreach (var (_, done) in batch)
                {
                    done.TrySetResult();
                }

                if (file.Length > SegmentLimit)
                {
                    file.Dispose();
                    _active = null;
                    Volatile.Write(ref _committedLength, 0);
                    Interlocked.Increment(ref _activeSegment);
                    _active = OpenSegment(_activeSegment);
                }
            }
            catch (Exception e)
            {
                // The turn that appended learns of it and fails visibly; nothing is silently dropped.
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }

                // A fresh segment next (also when this one could not be created), so a torn tail is never appended to.
                if (_active is not null)
                {
                    DisposeQuietly(_active);
                    _active = null;
                    Volatile.Write(ref _committedLength, 0);
                }

                Interlocked.Increment(ref _activeSegment);
            }

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
                var file = new PreallocatedFile(SegmentPath(segment), SegmentLimit + PreallocatedFile.Chunk);
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
