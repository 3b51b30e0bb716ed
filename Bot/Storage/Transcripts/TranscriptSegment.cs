using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
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
    // A sealed line is never embedded in a page, so only what JSON itself requires is escaped: the activity's own quotes
    // stay \" rather than \u0022, and Korean text stays UTF-8 (3 bytes a syllable, not 6). Fewer bytes to encrypt, send
    // and store; any JSON reader (and Open, for segments written either way) reads both.
    private static readonly TranscriptJsonContext Unescaped = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static byte[] Encode(IEnumerable<TranscriptEntry> entries, byte[] key, string name)
    {
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var entry in entries)
        {
            var id = Encoding.ASCII.GetBytes(entry.EntryId);
            var sealedEntry = Envelope.Seal(key, JsonSerializer.SerializeToUtf8Bytes(entry, Unescaped.TranscriptEntry), name);
            buffer.WriteByte((byte)id.Length);
            buffer.Write(id);
            BinaryPrimitives.WriteInt32LittleEndian(length, sealedEntry.Length);
            buffer.Write(length);
            buffer.Write(sealedEntry);
        }

        return buffer.ToArray();
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
