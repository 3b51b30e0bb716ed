using System.Buffers.Binary;
using System.Text.Json;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A turn's lines share one sealed outbox record (2026-12-06); records of one line each, left on disk by an older
/// version, must still be drained, and neither form may lose, repeat or reorder a line, or survive an erasure.
/// </summary>
public sealed class OutboxTurnRecordTests
{
    [Fact]
    public async Task Lines_left_by_an_older_version_one_record_each_are_stored_with_the_new_turns_in_order()
    {
        var settings = StorageStack.NewSettings();
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "outbox");
        string caseId;
        byte[] outboxKey;
        await using (var first = new StorageStack(settings, keepLocalData: true))
        {
            caseId = first.Get<Pseudonymizer>().CaseId("test", "upgraded");
            outboxKey = first.Get<KeyMaterial>().OutboxKey;
        }

        // What the version before wrote: each line sealed alone as a JSON object, in a segment of its own.
        Directory.CreateDirectory(folder);
        var started = DateTimeOffset.UtcNow;
        await using (var segment = new FileStream(Path.Combine(folder, "000000000001.log"), FileMode.CreateNew))
        {
            for (var i = 0; i < 3; i++)
            {
                var line = new TranscriptEntry(caseId, "old-" + i, started.AddMilliseconds(i), i, started, $"old {i}");
                var sealedLine = Envelope.Seal(outboxKey, JsonSerializer.SerializeToUtf8Bytes(line, TranscriptJsonContext.Default.TranscriptEntry), "outbox");
                var length = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(length, sealedLine.Length);
                segment.Write(length);
                segment.Write(sealedLine);
            }
        }

        await using var upgraded = new StorageStack(settings);
        var outbox = upgraded.Get<TranscriptOutbox>();
        for (var turn = 0; turn < 2; turn++)
        {
            var turnStarted = started.AddSeconds(turn + 1);
            await outbox.AppendAsync([.. Enumerable.Range(0, 3).Select(i => new TranscriptEntry(caseId, $"new-{turn}-{i}", turnStarted.AddMilliseconds(i), 10 * turn + i, turnStarted, $"turn {turn} line {i}"))], CancellationToken.None);
        }

        await upgraded.DrainAsync();
        var stored = new List<string>();
        await foreach (var entry in upgraded.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.ActivityJson);
        }

        Assert.Equal(["old 0", "old 1", "old 2", "turn 0 line 0", "turn 0 line 1", "turn 0 line 2", "turn 1 line 0", "turn 1 line 1", "turn 1 line 2"], stored);
    }

    [Fact]
    public async Task A_reader_behind_the_writer_never_stops_inside_a_turn_so_its_checkpoint_repeats_or_skips_nothing()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var outbox = stack.Get<TranscriptOutbox>();
        var pseudonyms = stack.Get<Pseudonymizer>();
        var at = DateTimeOffset.UtcNow;
        var a = pseudonyms.CaseId("test", "a");
        var b = pseudonyms.CaseId("test", "b");

        // One call with a turn of case a, then a line of case b: two records, the first of three lines.
        await outbox.AppendAsync(
            [new(a, "a1", at, 1, at, "a 1"), new(a, "a2", at, 2, at, "a 2"), new(a, "a3", at, 3, at, "a 3"), new(b, "b1", at, 4, at, "b 1")],
            CancellationToken.None);

        var (firstBatch, afterFirst) = outbox.Read(outbox.LoadCheckpoint(), max: 1);
        var (secondBatch, afterSecond) = outbox.Read(afterFirst, max: 1);
        var (nothing, _) = outbox.Read(afterSecond, max: 1);

        Assert.Equal(["a 1", "a 2", "a 3"], firstBatch.Select(r => r.Line!.ToEntry().ActivityJson));
        Assert.All(firstBatch, r => Assert.Equal(afterFirst, r.After));
        Assert.Equal(["b 1"], secondBatch.Select(r => r.Line!.ToEntry().ActivityJson));
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task Erasing_a_case_zeroes_its_whole_turn_and_leaves_another_case_alone()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var outbox = stack.Get<TranscriptOutbox>();
        var pseudonyms = stack.Get<Pseudonymizer>();
        var at = DateTimeOffset.UtcNow;
        var erased = pseudonyms.CaseId("test", "erased");
        var kept = pseudonyms.CaseId("test", "kept");
        await outbox.AppendAsync([new(erased, "e1", at, 1, at, "secret 1"), new(erased, "e2", at, 2, at, "secret 2")], CancellationToken.None);
        await outbox.AppendAsync([new(kept, "k1", at, 3, at, "kept 1"), new(kept, "k2", at, 4, at, "kept 2")], CancellationToken.None);

        Assert.Equal(2, outbox.Erase(erased, at));

        var (records, _) = outbox.Read(outbox.LoadCheckpoint(), max: 100);
        Assert.Equal([true, false, false], records.Select(r => r.Erased));
        Assert.Equal(["kept 1", "kept 2"], records.Where(r => r.Line is not null).Select(r => r.Line!.ToEntry().ActivityJson));
    }
}
