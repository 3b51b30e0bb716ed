using System.Buffers.Binary;
using System.IO.Hashing;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Where the drainer has stored the outbox up to, kept in <c>{outbox}/checkpoint</c>: two fixed slots, written in turn
/// and each with a sequence number and a CRC-32, overwritten in place and synced with fdatasync. A drain round used to
/// write a new file and rename it over the old one: the rename and the new file's inode made every round's fsync a
/// file-system journal commit (3 - 4 ms here), which the turns' own syncs waited behind at the disk. An overwrite in
/// place changes no metadata, so its sync is a data write and a flush. A crash in the middle of a write tears at most the
/// slot being written; the other holds the previous position, from which the drainer reads again (lines already stored
/// are recognised by their ids and left out). A checkpoint an earlier version wrote as text ("segment offset") is read,
/// and replaced by the two slots at the first save.
/// </summary>
internal sealed class OutboxCheckpoint : IDisposable
{
    private const int SlotLength = 32;
    private const uint Magic = 0x4B43424F; // "OBCK"
    private readonly string _path;
    private FileStream? _file;
    private long _sequence;

    public OutboxCheckpoint(string folder)
    {
        _path = Path.Combine(folder, "checkpoint");
    }

    /// <summary>The position last saved, or null when none was (or neither slot can be read).</summary>
    public OutboxPosition? Load()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(_path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (bytes.Length == 2 * SlotLength)
        {
            var newest = (Sequence: 0L, Position: (OutboxPosition?)null);
            for (var slot = 0; slot < 2; slot++)
            {
                if (Parse(bytes.AsSpan(slot * SlotLength, SlotLength)) is { } found && found.Sequence > newest.Sequence)
                {
                    newest = (found.Sequence, found.Position);
                }
            }

            _sequence = Math.Max(_sequence, newest.Sequence);
            return newest.Position;
        }

        // The text an earlier version wrote.
        return System.Text.Encoding.ASCII.GetString(bytes).Split(' ') is [var segment, var offset]
            && long.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out var s)
            && long.TryParse(offset, System.Globalization.CultureInfo.InvariantCulture, out var o)
            ? new OutboxPosition(s, o)
            : null;
    }

    /// <summary>Saves <paramref name="position"/> and returns once it is durable. One caller at a time (the drainer).</summary>
    public void Save(OutboxPosition position)
    {
        _sequence++;
        var slot = new byte[SlotLength];
        Write(slot, _sequence, position);
        if (_file is null)
        {
            Create(slot);
            return;
        }

        try
        {
            RandomAccess.Write(_file.SafeFileHandle, slot, (_sequence & 1) * SlotLength);
            FileSync.Data(_file.SafeFileHandle, _file);
        }
        catch (Exception)
        {
            // Written whole again next time (a fresh file), rather than in place into a file in an unknown state.
            _file.Dispose();
            _file = null;
            throw;
        }
    }

    public void Dispose() => _file?.Dispose();

    // The first save of this process: both slots into a new file, synced and renamed over the old one (as every save
    // did before), and the file kept open for the saves that overwrite it in place.
    private void Create(byte[] slot)
    {
        var temporary = _path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            var both = new byte[2 * SlotLength];
            slot.CopyTo(both, (int)(_sequence & 1) * SlotLength);
            stream.Write(both);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
        _file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
    }

    private static void Write(Span<byte> slot, long sequence, OutboxPosition position)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(slot, Magic);
        BinaryPrimitives.WriteInt64LittleEndian(slot[4..], sequence);
        BinaryPrimitives.WriteInt64LittleEndian(slot[12..], position.Segment);
        BinaryPrimitives.WriteInt64LittleEndian(slot[20..], position.Offset);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[28..], Crc32.HashToUInt32(slot[..28]));
    }

    private static (long Sequence, OutboxPosition Position)? Parse(ReadOnlySpan<byte> slot) =>
        BinaryPrimitives.ReadUInt32LittleEndian(slot) == Magic
        && BinaryPrimitives.ReadUInt32LittleEndian(slot[28..]) == Crc32.HashToUInt32(slot[..28])
            ? (BinaryPrimitives.ReadInt64LittleEndian(slot[4..]), new OutboxPosition(BinaryPrimitives.ReadInt64LittleEndian(slot[12..]), BinaryPrimitives.ReadInt64LittleEndian(slot[20..])))
            : null;
}
