using System.Buffers.Binary;
using System.Text.Json;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The drainer passes each line's JSON from its outbox record to the case's segment as it is (2026-12-06), finding
/// the line's case, id and turn by walking the record rather than reading the activity: what a survivor wrote must read
/// back exactly, whatever it holds, from records written now and from records an older version escaped.
/// </summary>
public sealed class OutboxLinePassThroughTests
{
    // Korean, quotes, backslashes, an emoji (a surrogate pair), a line break, and text that looks like the line's own
    // fields: none of it may change, split a line, or move it to another case.
    private static readonly string[] Activities =
    [
        """{"type":"message","text":"어제 그 사람이 \"지우지 않으면 <퍼뜨린다>\"고 했어요 & 무서워요"}""",
        """{"type":"message","text":"C:\\Users\\me 😢\n{\"CaseId\":\"someone-else\",\"EntryId\":\"x\",\"TurnStarted\":\"2020-01-01T00:00:00+00:00\"}"}""",
        """{"type":"message","text":"]},{\"CaseId\":\"also-not-a-case\"}"}""",
    ];

    [Fact]
    public async Task A_turns_lines_read_back_exactly_whatever_they_hold_and_each_stays_in_its_case()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var pseudonyms = stack.Get<Pseudonymizer>();
        var caseId = pseudonyms.CaseId("test", "exact");
        var other = pseudonyms.CaseId("test", "other");
        var at = DateTimeOffset.UtcNow;
        var outbox = stack.Get<TranscriptOutbox>();
        await outbox.AppendAsync([.. Activities.Select((a, i) => new TranscriptEntry(caseId, "line-" + i, at.AddMilliseconds(i), i, at, a))], CancellationToken.None);
        await outbox.AppendAsync(new TranscriptEntry(other, "other-0", at, 9, at, Activities[0]), CancellationToken.None);

        await stack.DrainAsync();

        Assert.Equal(Activities, await ReadAsync(stack, caseId));
        Assert.Equal([Activities[0]], await ReadAsync(stack, other));
    }

    [Fact]
    public async Task Lines_an_older_version_wrote_with_every_quote_and_syllable_escaped_read_back_exactly()
    {
        var settings = StorageStack.NewSettings();
        string caseId;
        byte[] outboxKey;
        await using (var first = new StorageStack(settings, keepLocalData: true))
        {
            caseId = first.Get<Pseudonymizer>().CaseId("test", "escaped");
            outboxKey = first.Get<KeyMaterial>().OutboxKey;
        }

        // The version before wrote the default encoder's JSON (\u0022, \uXXXX): a lone line as an object, a turn as an array.
        var at = DateTimeOffset.UtcNow;
        var lines = Activities.Select((a, i) => new TranscriptEntry(caseId, "old-" + i, at.AddMilliseconds(i), i, at, a)).ToArray();
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "outbox");
        Directory.CreateDirectory(folder);
        await using (var segment = new FileStream(Path.Combine(folder, "000000000001.log"), FileMode.CreateNew))
        {
            Write(segment, Envelope.Seal(outboxKey, JsonSerializer.SerializeToUtf8Bytes(lines[0], TranscriptJsonContext.Default.TranscriptEntry), "outbox"));
            Write(segment, Envelope.Seal(outboxKey, JsonSerializer.SerializeToUtf8Bytes(lines[1..], TranscriptJsonContext.Default.TranscriptEntryArray), "outbox"));
        }

        await using var upgraded = new StorageStack(settings);
        await upgraded.DrainAsync();

        Assert.Equal(Activities, await ReadAsync(upgraded, caseId));
    }

    private static void Write(FileStream segment, byte[] sealedRecord)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, sealedRecord.Length);
        segment.Write(length);
        segment.Write(sealedRecord);
    }

    private static async Task<List<string>> ReadAsync(StorageStack stack, string caseId)
    {
        var stored = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.ActivityJson);
        }

        return stored;
    }
}
