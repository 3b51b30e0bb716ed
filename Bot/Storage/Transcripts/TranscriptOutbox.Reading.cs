using System.Buffers.Binary;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>The outbox's reading side: the drainer's reads and checkpoint, and erasure of a case's lines in place.</summary>
public sealed partial class TranscriptOutbox
{
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

    public OutboxPosition LoadCheckpoint() =>
        _checkpoint.Load() ?? new OutboxPosition(Segments().DefaultIfEmpty(_activeSegment).Min(), 0);

    /// <summary>Records that everything before <paramref name="position"/> is stored, and removes finished segments.</summary>
    public void Commit(OutboxPosition position)
    {
        _checkpoint.Save(position);
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

    private IReadOnlyList<TranscriptLine>? TryOpen(byte[] body) => OutboxRecordCodec.TryOpen(body, _keys.OutboxKey);
}
