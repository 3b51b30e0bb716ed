using Microsoft.Win32.SafeHandles;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// An append-only file whose commits are made durable with fdatasync. Zeros are written and fsync'd ahead of the
/// writer (written zeros, not fallocate's unwritten extents, which a later write would still have to convert), so a
/// commit inside them changes neither the file's size nor its block map and its sync writes only data blocks, not the
/// inode as well: about half the kernel time of a sync of a growing file. Readers therefore meet a zero-filled tail,
/// which every reader of these files takes as the end (no record has a length of zero). A commit that does not fit in
/// the zeros (a writer faster than the zeroing) extends the file and syncs it fully. One thread appends; the zeroing
/// runs on the thread pool beside it, never where the writer writes.
/// </summary>
internal sealed class PreallocatedFile : IDisposable
{
    /// <summary>
    /// Zeros written (and synced) in one step; a step starts when less than two are left ahead of the writer and goes
    /// on until four are. Small, because a commit's sync that coincides with a step also writes the step's zeros back
    /// (same file): 256 KB is about a millisecond of this disk.
    /// </summary>
    internal const int Chunk = 256 * 1024;
    private const int MaxBuffers = 512;
    private static readonly ReadOnlyMemory<byte>[] Zeros = Enumerable.Repeat(new ReadOnlyMemory<byte>(new byte[64 * 1024]), Chunk / (64 * 1024)).ToArray();

    private readonly FileStream _file;
    private readonly SafeFileHandle _handle;
    private readonly long _zeroLimit;
    private readonly DeviceFlushes? _flushes;
    private readonly Lock _extending = new();
    private long _length;
    private long _zeroed;
    private Task _zeroing = Task.CompletedTask;
    private bool _disposed;

    /// <param name="path">A file that does not exist yet: one that holds records is never written to again.</param>
    /// <param name="zeroLimit">No zeros are written beyond this size (where the owner begins a new file).</param>
    /// <param name="flushes">The file's device, when known: its syncs are recorded there, and <see cref="AppendUnflushed"/> may skip its own.</param>
    public PreallocatedFile(string path, long zeroLimit, DeviceFlushes? flushes = null)
    {
        _flushes = flushes;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        _handle = _file.SafeFileHandle;
        _zeroLimit = zeroLimit;
        StartZeroing();
    }

    /// <summary>Where the records written so far end.</summary>
    public long Length => Volatile.Read(ref _length);

    /// <summary>Writes the records after the last ones (one system call) and returns once they are durable.</summary>
    public void Append(IReadOnlyList<ReadOnlyMemory<byte>> records) => Append(records, unflushed: false);

    /// <summary>
    /// Writes the records after the last ones and waits until the device has them, without flushing it: returns the
    /// ticket that <see cref="DeviceFlushes.Covers"/> is true of once a later flush of the device has completed (the
    /// caller must see to one before anything that depends on the records is acknowledged). Returns 0 when the records
    /// were flushed after all (no device is known, or they did not fit in the zeros and the file grew).
    /// </summary>
    public long AppendUnflushed(IReadOnlyList<ReadOnlyMemory<byte>> records) => Append(records, unflushed: true);

    /// <summary>Syncs what was written so far (a flush of the device: it also makes earlier unflushed appends durable).</summary>
    public void Flush() => Sync(full: false);

    private long Append(IReadOnlyList<ReadOnlyMemory<byte>> records, bool unflushed)
    {
        var start = _length;
        var end = start;
        foreach (var record in records)
        {
            end += record.Length;
        }

        long ticket = 0;
        if (end <= Volatile.Read(ref _zeroed))
        {
            Write(records, start);
            if (unflushed && _flushes is not null)
            {
                FileSync.WriteAndWait(_handle, _file);
                ticket = _flushes.Written();
            }
            else
            {
                Sync(full: false);
            }
        }
        else
        {
            // Past the zeros: the size changes, so the inode is synced too. Under the lock, so the zeroing (which
            // writes only past what it has published) cannot be writing where these records go.
            lock (_extending)
            {
                Write(records, start);
                Sync(full: true);
                Volatile.Write(ref _zeroed, Math.Max(_zeroed, end));
            }
        }

        Volatile.Write(ref _length, end);
        StartZeroing();
        return ticket;
    }

    // fdatasync (or fsync, when the size or block map changed), recorded as a flush of the file's device.
    private void Sync(bool full)
    {
        var covered = _flushes?.FlushBegins() ?? 0;
        if (full)
        {
            FileSync.Full(_handle, _file);
        }
        else
        {
            FileSync.Data(_handle, _file);
        }

        _flushes?.Flushed(covered);
    }

    /// <summary>
    /// Ends the file where its records end (no reader needs the zeros after them) and closes it. The truncation is not
    /// synced: after a crash the zeros may come back, which readers take as the end as well.
    /// </summary>
    public void Dispose()
    {
        lock (_extending)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        try
        {
            _zeroing.Wait();
        }
        catch (AggregateException)
        {
            // A zeroing that failed only cost the commits after it their fast path.
        }

        try
        {
            _file.SetLength(_length);
        }
        catch (IOException)
        {
            // The records are synced already; a tail of zeros is harmless.
        }

        _file.Dispose();
    }

    // pwritev takes at most IOV_MAX (1,024 on Linux) buffers a call.
    private void Write(IReadOnlyList<ReadOnlyMemory<byte>> records, long offset)
    {
        if (records.Count <= MaxBuffers)
        {
            RandomAccess.Write(_handle, records, offset);
            return;
        }

        for (var first = 0; first < records.Count; first += MaxBuffers)
        {
            var part = records.Skip(first).Take(MaxBuffers).ToList();
            RandomAccess.Write(_handle, part, offset);
            foreach (var record in part)
            {
                offset += record.Length;
            }
        }
    }

    // Checked without the lock first: the zeroing holds it through a step's sync, and a commit must not wait for that.
    private void StartZeroing()
    {
        if (!Volatile.Read(ref _zeroing).IsCompleted || !ZeroingDue(2))
        {
            return;
        }

        lock (_extending)
        {
            if (!_disposed && _zeroing.IsCompleted && ZeroingDue(2))
            {
                Volatile.Write(ref _zeroing, Task.Run(ZeroAhead));
            }
        }
    }

    private bool ZeroingDue(int steps)
    {
        var zeroed = Volatile.Read(ref _zeroed);
        return zeroed < _zeroLimit && zeroed - Volatile.Read(ref _length) < steps * Chunk;
    }

    private void ZeroAhead()
    {
        while (true)
        {
            lock (_extending)
            {
                if (_disposed || !ZeroingDue(4))
                {
                    return;
                }

                // Nothing is ever written at or past _zeroed without this lock, and the writer only writes below it.
                RandomAccess.Write(_handle, Zeros, _zeroed);
                Sync(full: true);
                Volatile.Write(ref _zeroed, _zeroed + Chunk);
            }
        }
    }
}
