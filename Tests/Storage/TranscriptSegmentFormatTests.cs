using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

public sealed class TranscriptSegmentFormatTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly string Name = ObjectNames.TranscriptSegment(new string('c', 32));

    // A survivor's line in Korean, with the quotes and angle brackets an activity's JSON and a message carry; written
    // as the sanitizer writes activities (Newtonsoft: non-ASCII text as it is).
    private static TranscriptEntry Line(string text) => new(
        new string('c', 32),
        Guid.NewGuid().ToString("N"),
        DateTimeOffset.UtcNow,
        7,
        DateTimeOffset.UtcNow,
        Newtonsoft.Json.JsonConvert.SerializeObject(new { type = "message", channelId = "kakao", from = new { id = "u_" + new string('a', 32), role = "user" }, text }));

    [Fact]
    public void A_line_in_Korean_is_stored_in_far_fewer_bytes_than_with_every_quote_and_syllable_escaped_and_reads_back_the_same()
    {
        var line = Line("어제 그 사람이 \"지우지 않으면 <퍼뜨린다>\"고 했어요 & 무서워요");

        var segment = TranscriptSegment.Encode([line.ToLine()], Key, Name);

        Assert.Equal(line, Assert.Single(TranscriptSegment.Open(segment, Key, Name)));
        Assert.True(segment.Length < EscapedRecord(line).Length * 0.8, $"{segment.Length} bytes against {EscapedRecord(line).Length}");
    }

    [Fact]
    public void A_segment_written_with_every_character_escaped_as_before_still_opens_with_lines_written_now_after_it()
    {
        var before = Line("예전에 저장된 \"줄\"");
        var now = Line("새 줄");

        var segment = EscapedRecord(before).Concat(TranscriptSegment.Encode([now.ToLine()], Key, Name)).ToArray();

        Assert.Equal([before, now], TranscriptSegment.Open(segment, Key, Name));
        Assert.True(TranscriptSegment.IdsOf(segment).SetEquals([before.EntryId, now.EntryId]));
    }

    // A record as segments were written until 2026-12-06: the entry serialised with the default encoder (quotes as
    // \u0022, every non-ASCII character as \uXXXX), then sealed.
    private static byte[] EscapedRecord(TranscriptEntry entry)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entry);
        Assert.Contains("\\u0022", Encoding.ASCII.GetString(json), StringComparison.Ordinal);
        var sealedEntry = Envelope.Seal(Key, json, Name);
        var id = Encoding.ASCII.GetBytes(entry.EntryId);
        var record = new byte[1 + id.Length + 4 + sealedEntry.Length];
        record[0] = (byte)id.Length;
        id.CopyTo(record, 1);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(1 + id.Length), sealedEntry.Length);
        sealedEntry.CopyTo(record, 1 + id.Length + 4);
        return record;
    }
}
