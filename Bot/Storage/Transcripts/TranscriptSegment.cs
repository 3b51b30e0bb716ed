using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// The format of a case's transcript segment (<see cref="ObjectNames.TranscriptSegment"/>): a run of records
/// <c>[id length][entry id][sealed length][entry sealed with the case's data key, the segment's name as associated
/// data]</c>. The entry id (a random value, not derived from anything the survivor said) stays readable, so the
/// drainer can tell after a crash which lines a segment already holds without the key.
/// </summary>
public static class TranscriptSegment
{
    /// <summary>
    /// The records for <paramref name="lines"/>, each line's JSON sealed as it is, into one array of the exact size (the
    /// drainer's append: no copy of a line but the sealing itself).
    /// </summary>
    public static byte[] Encode(IReadOnlyList<TranscriptLine> lines, byte[] key, string name)
    {
        var size = 0;
        foreach (var line in lines)
        {
            size += 1 + line.EntryId.Length + 4 + Envelope.SealedLength(line.Json.Length);
        }

        var segment = new byte[size];
        var at = 0;
        foreach (var line in lines)
        {
            segment[at] = (byte)Encoding.ASCII.GetBytes(line.EntryId, segment.AsSpan(at + 1));
            at += 1 + segment[at];
            var sealedLength = Envelope.SealedLength(line.Json.Length);
            BinaryPrimitives.WriteInt32LittleEndian(segment.AsSpan(at), sealedLength);
            Envelope.Seal(key, line.Json.Span, name, segment.AsSpan(at + 4, sealedLength));
            at += 4 + sealedLength;
        }

        return segment;
    }

    /// <summary>The ids of the lines a segment holds.</summary>
    public static HashSet<string> IdsOf(byte[] segment) => Records(segment).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The segment's lines, decrypted; a record that fails authentication throws.</summary>
    public static IEnumerable<TranscriptEntry> Open(byte[] segment, byte[] key, string name) =>
        Records(segment).Select(r => JsonSerializer.Deserialize(Envelope.Open(key, segment.AsSpan(r.Offset, r.Length), name), TranscriptJsonContext.Default.TranscriptEntry)!);

    private static IEnumerable<(string Id, int Offset, int Length)> Records(byte[] segment)
    {
        var offset = 0;
        while (offset < segment.Length)
        {
            var idLength = segment[offset];
            var id = Encoding.ASCII.GetString(segment, offset + 1, idLength);
            var length = BinaryPrimitives.ReadInt32LittleEndian(segment.AsSpan(offset + 1 + idLength));
            var start = offset + 1 + idLength + 4;
            if (length <= 0 || start + length > segment.Length)
            {
                throw new InvalidDataException("A transcript segment record is cut short.");
            }

            yield return (id, start, length);
            offset = start + length;
        }
    }
}
