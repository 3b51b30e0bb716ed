using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// The write-ahead log of <see cref="LocalDiskObjectStore"/>, with group commit: every change (a whole object, an
/// append, a deletion) is one record; records from concurrent turns are written together and made durable by one
/// fsync, and each caller waits for the batch that holds its record. A file is closed at a set size, 64 MB by default, and a
/// new one begun (memory holds where the latest version of each object changed since is, not its bytes: they are read
/// back from the file, <see cref="ReadContent"/>); the store then writes the closed file's objects into place, syncs them and deletes it. Each record carries
/// a CRC-32 of its body, so a torn tail left by a crash (never acknowledged) ends the replay of that file. The files are
/// zero-filled ahead of the writer (<see cref="PreallocatedFile"/>: a commit syncs its data, not the inode), so a replay
/// also ends at a length of zero.
/// </summary>
internal sealed class ObjectJournal : IAsyncDisposable, TurnDurability.IFlushLater
{
    /// <summary>
    /// The most background records (a drain round's appends, about 6 KB each) one batch writes and syncs: a turn's state
    /// record that arrives meanwhile waits for about 200 KB of them, not for a whole round's megabyte.
    /// </summary>
    private const int MaxBackgroundRecords = 32;
    private readonly long _rotateAt;
    private readonly string _folder;
    private readonly Action<long> _closed;
    private readonly GroupCommit<(string Name, byte[] Record, bool Unflushed), JournalCommit> _commits;
    private readonly DeviceFlushes? _flushes;
    private readonly List<ReadOnlyMemory<byte>> _records = [];
    private readonly List<long> _offsets = [];

    // Where each object's records sit in the journal files not yet checkpointed, so a deletion can scrub them.
    private readonly Dictionary<string, List<(long File, long Offset)>> _index = new(StringComparer.Ordinal);
    private PreallocatedFile? _active;
    private long _number;

    /// <param name="folder">Where the journal files live; <see cref="Replay"/> must have emptied it first.</param>
    /// <param name="closed">Called (on the writer) with a file's number once no record will be added to it.</param>
    /// <param name="rotateAt">The size at which a file is closed and a new one begun.</param>
    public ObjectJournal(string folder, long firstNumber, Action<long> closed, long rotateAt)
    {
        _rotateAt = rotateAt;
        _folder = folder;
        _closed = closed;
        _number = firstNumber;
        _flushes = DeviceFlushes.Of(folder);
        _commits = new GroupCommit<(string, byte[], bool), JournalCommit>(WriteBatch, maxBatch: 4096, maxBackground: MaxBackgroundRecords, threadName: "journal commit");
    }

    /// <summary>
    /// Writes the record and returns the journal file that holds it, once it is durable. With
    /// <paramref name="unflushed"/> it returns once the device has it, without waiting for a flush when every record of
    /// its batch allows that: <see cref="JournalCommit.Ticket"/> then says which flush makes it durable (0: it is
    /// durable already), and the caller must make sure of that flush (<see cref="Covers"/>, <see cref="FlushAsync"/>)
    /// before anything that depends on the record is acknowledged. A <paramref name="background"/> record (nobody waits
    /// for it in a turn) is written after the others that are waiting, a few at a time (<see cref="GroupCommit{TItem, TResult}"/>).
    /// </summary>
    public Task<JournalCommit> CommitAsync(JournalRecord record, bool unflushed = false, bool background = false) =>
        _commits.CommitAsync((record.Name, Encode(record), unflushed), background);

    /// <summary>True once the record committed with <paramref name="ticket"/> is durable.</summary>
    public bool Covers(long ticket) => ticket == 0 || _flushes is null || _flushes.Covers(ticket);

    /// <summary>Flushes the device under the journal (with whatever else is committed meanwhile); returns once done.</summary>
    public Task FlushAsync() => _commits.CommitAsync((string.Empty, [], false));

    /// <summary>
    /// Overwrites the content of every record of <paramref name="name"/> still in the journal with zeros (keeping each
    /// record valid), and syncs: after a deletion, no earlier version of the object (a data key, say, whose deletion
    /// is crypto-shredding) can be recovered from the journal. Call it after the deletion's own record is committed.
    /// </summary>
    public void Scrub(string name)
    {
        List<(long File, long Offset)>? places;
        lock (_index)
        {
            _index.Remove(name, out places);
        }

        foreach (var group in (places ?? []).GroupBy(p => p.File))
        {
            try
            {
                using var file = new FileStream(PathOf(group.Key), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                foreach (var (_, offset) in group)
                {
                    var header = new byte[8];
                    file.Position = offset;
                    file.ReadExactly(header);
                    var body = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
                    file.ReadExactly(body);
                    var contentStart = 11 + BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(1));
                    body.AsSpan(contentStart).Clear();
                    BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), Crc32.HashToUInt32(body));
                    file.Position = offset;
                    file.Write(header);
                    file.Write(body);
                }

                file.Flush(flushToDisk: true);
            }
            catch (FileNotFoundException)
            {
                // Checkpointed and deleted meanwhile: nothing of it is left to scrub.
            }
        }
    }

    /// <summary>
    /// The names with a record in the journal files up to <paramref name="number"/>, including records whose writers
    /// have not yet come back from their commit (the file can be closed by the batch that holds them).
    /// </summary>
    public List<string> NamesUpTo(long number)
    {
        lock (_index)
        {
            return [.. _index.Where(p => p.Value.Exists(place => place.File <= number)).Select(p => p.Key)];
        }
    }

    /// <summary>
    /// Where the newest record of <paramref name="name"/> is (the journal file's number and the record's offset in it),
    /// or null when none is in the journal. Asked by the record's writer under its name's lock, right after its commit:
    /// that record is then the newest.
    /// </summary>
    public (long File, long Offset)? LatestPlace(string name)
    {
        lock (_index)
        {
            return _index.TryGetValue(name, out var places) && places.Count > 0 ? places[^1] : null;
        }
    }

    /// <summary>
    /// The content of the record at <paramref name="offset"/> in journal file <paramref name="file"/>, read back from the
    /// file (the page cache, as a rule: the record was written moments ago), or null when the file is gone (checkpointed
    /// and deleted) or the record is not whole there. A scrubbed record reads as zeros: the caller compares the content
    /// with the version it expects.
    /// </summary>
    public byte[]? ReadContent(long file, long offset)
    {
        try
        {
            using var handle = File.OpenHandle(PathOf(file), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

            // The record's length and CRC with the first bytes of its body (kind, name length), then the name and the
            // append offset, then the content, straight into the array returned.
            Span<byte> start = stackalloc byte[8 + 3];
            if (RandomAccess.Read(handle, start, offset) != start.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(start);
            var prefix = 11 + BinaryPrimitives.ReadUInt16LittleEndian(start[9..]);
            if (length < prefix)
            {
                return null;
            }

            var rest = new byte[prefix - 3];
            var content = new byte[length - prefix];
            if (RandomAccess.Read(handle, rest, offset + start.Length) != rest.Length
                || RandomAccess.Read(handle, content, offset + 8 + prefix) != content.Length)
            {
                return null;
            }

            var crc = new Crc32();
            crc.Append(start[8..]);
            crc.Append(rest);
            crc.Append(content);
            return crc.GetCurrentHashAsUInt32() == BinaryPrimitives.ReadUInt32LittleEndian(start[4..]) ? content : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Journal files up to <paramref name="number"/> are gone: their records need no scrubbing.</summary>
    public void Forget(long number)
    {
        lock (_index)
        {
            foreach (var (name, places) in _index.ToList())
            {
                places.RemoveAll(p => p.File <= number);
                if (places.Count == 0)
                {
                    _index.Remove(name);
                }
            }
        }
    }

    public string PathOf(long number) => Path.Combine(_folder, number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + ".wal");

    /// <summary>Every acknowledged record of the journal files in <paramref name="folder"/>, oldest first, and the files' numbers.</summary>
    public static (List<JournalRecord> Records, List<long> Files) Replay(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.wal")
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), out var n) ? n : -1)
            .Where(n => n >= 0)
            .Order()
            .ToList();
        var records = new List<JournalRecord>();
        foreach (var number in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + ".wal"));
            var offset = 0;
            while (offset + 8 <= bytes.Length)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
                if (length < 3 || offset + 8 + length > bytes.Length)
                {
                    break;
                }

                var body = bytes.AsSpan(offset + 8, length);
                if (Crc32.HashToUInt32(body) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4)))
                {
                    break; // a torn or half-written tail: nothing from here on was acknowledged
                }

                records.Add(Decode(body));
                offset += 8 + length;
            }
        }

        return (records, files);
    }

    public async ValueTask DisposeAsync()
    {
        await _commits.CloseAsync().ConfigureAwait(false);
        if (_active is not null)
        {
            _active.Dispose();
            _active = null;
            _closed(_number);
        }
    }

    // One batch: its records go into the active file with one write and one sync (GroupCommit runs one at a time). The
    // sync is a write that waits for the device but not for its flush when every record of the batch allows it; a
    // batch of only flush requests (no record) syncs the file as it is.
    private JournalCommit WriteBatch(IReadOnlyList<(string Name, byte[] Record, bool Unflushed)> batch)
    {
        var number = _number;
        try
        {
            var file = _active ??= new PreallocatedFile(PathOf(number), _rotateAt + PreallocatedFile.Chunk, _flushes);
            _records.Clear();
            _offsets.Clear();
            var at = file.Length;
            var unflushed = true;
            foreach (var (_, record, mayWait) in batch)
            {
                unflushed &= mayWait;
                _offsets.Add(at);
                if (record.Length > 0)
                {
                    _records.Add(record);
                    at += record.Length;
                }
            }

            long ticket = 0;
            if (_records.Count == 0)
            {
                file.Flush();
            }
            else if (unflushed)
            {
                ticket = file.AppendUnflushed(_records);
            }
            else
            {
                file.Append(_records);
            }

            lock (_index)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Record.Length > 0)
                    {
                        (_index.TryGetValue(batch[i].Name, out var places) ? places : _index[batch[i].Name] = []).Add((number, _offsets[i]));
                    }
                }
            }

            if (file.Length >= _rotateAt)
            {
                CloseActive();
            }

            return new JournalCommit(number, ticket);
        }
        catch (Exception)
        {
            // The writers learn of it and fail visibly (the turn answers kindly); nothing is acknowledged that
            // is not on disk. A fresh file is begun, so a torn tail is never appended to.
            if (_active is not null)
            {
                CloseActive();
            }
            else
            {
                _number++; // the file could not be created: the next batch tries a fresh one
            }

            throw;
        }
        finally
        {
            _records.Clear();
        }
    }

    private void CloseActive()
    {
        var closed = _number;
        try
        {
            _active!.Dispose();
        }
        catch (IOException)
        {
            // Its acknowledged records were already synced; a failing close loses nothing.
        }

        _active = null;
        _number++;
        _closed(closed);
    }

    private static byte[] Encode(JournalRecord record)
    {
        var nameLength = Encoding.UTF8.GetByteCount(record.Name);
        var bodyLength = 1 + 2 + nameLength + 8 + record.Content.Length;
        var bytes = new byte[8 + bodyLength];
        var body = bytes.AsSpan(8);
        body[0] = (byte)record.Kind;
        BinaryPrimitives.WriteUInt16LittleEndian(body[1..], (ushort)nameLength);
        Encoding.UTF8.GetBytes(record.Name, body.Slice(3, nameLength));
        BinaryPrimitives.WriteInt64LittleEndian(body[(3 + nameLength)..], record.Offset);
        record.Content.Span.CopyTo(body[(11 + nameLength)..]);
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), Crc32.HashToUInt32(body));
        return bytes;
    }

    private static JournalRecord Decode(ReadOnlySpan<byte> body)
    {
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(body[1..]);
        var name = Encoding.UTF8.GetString(body.Slice(3, nameLength));
        var offset = BinaryPrimitives.ReadInt64LittleEndian(body[(3 + nameLength)..]);
        return new JournalRecord((JournalRecordKind)body[0], name, body[(11 + nameLength)..].ToArray(), offset);
    }
}
