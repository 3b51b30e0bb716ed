using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The drainer's checkpoint, overwritten in place in two slots: the newest readable slot wins, a torn one leaves the
/// one before it, an earlier version's text checkpoint is still read, and after a restart every line is stored once.
/// </summary>
public sealed class OutboxCheckpointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportbot-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_latest_save_is_read_back_after_many_saves_in_place()
    {
        using (var checkpoint = new OutboxCheckpoint(_folder))
        {
            Assert.Null(checkpoint.Load());
            for (var i = 1; i <= 7; i++)
            {
                checkpoint.Save(new OutboxPosition(i / 3, i * 100));
            }
        }

        using var reopened = new OutboxCheckpoint(_folder);
        Assert.Equal(new OutboxPosition(2, 700), reopened.Load());
    }

    [Fact]
    public void Saves_after_the_first_overwrite_the_same_file_instead_of_renaming_a_new_one()
    {
        using var checkpoint = new OutboxCheckpoint(_folder);
        checkpoint.Save(new OutboxPosition(1, 10));
        var path = Path.Combine(_folder, "checkpoint");

        // A reader holding the file open sees the later saves only if they are written into this same file.
        using var held = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        checkpoint.Save(new OutboxPosition(1, 20));
        checkpoint.Save(new OutboxPosition(2, 0));

        var seen = new byte[64];
        held.ReadExactly(seen);
        Assert.Equal(File.ReadAllBytes(path), seen);
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(new OutboxPosition(2, 0), new OutboxCheckpoint(_folder).Load());
    }

    [Fact]
    public void A_torn_newest_slot_leaves_the_position_saved_before_it()
    {
        using (var checkpoint = new OutboxCheckpoint(_folder))
        {
            checkpoint.Save(new OutboxPosition(3, 40));
            checkpoint.Save(new OutboxPosition(3, 90));
        }

        TearNewestSlot();

        Assert.Equal(new OutboxPosition(3, 40), new OutboxCheckpoint(_folder).Load());
    }

    [Fact]
    public void A_checkpoint_written_as_text_by_an_earlier_version_is_read_and_replaced_at_the_next_save()
    {
        var path = Path.Combine(_folder, "checkpoint");
        File.WriteAllText(path, "12 3456");
        using var checkpoint = new OutboxCheckpoint(_folder);

        Assert.Equal(new OutboxPosition(12, 3456), checkpoint.Load());
        checkpoint.Save(new OutboxPosition(13, 0));
        Assert.Equal(new OutboxPosition(13, 0), new OutboxCheckpoint(_folder).Load());
    }

    [Fact]
    public async Task After_a_crash_tore_the_newest_checkpoint_every_line_is_stored_once()
    {
        var settings = StorageStack.NewSettings(localPath: _folder);
        string caseId;
        await using (var first = new StorageStack(settings, keepLocalData: true))
        {
            caseId = first.Get<Pseudonymizer>().CaseId("test", "torn-checkpoint");
            await AppendAsync(first, caseId, "one", "two");
            await first.DrainAsync();
            await AppendAsync(first, caseId, "three", "four");
            await first.DrainAsync();
        }

        // The second round's checkpoint torn by a power cut: the drainer starts again from the first round's position.
        TearNewestSlot(Path.Combine(_folder, "outbox"));

        await using var restarted = new StorageStack(settings, keepLocalData: true);
        await AppendAsync(restarted, caseId, "five");
        await restarted.DrainAsync();

        var lines = new List<string>();
        await foreach (var entry in restarted.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(["one", "two", "three", "four", "five"], lines);
    }

    private static async Task AppendAsync(StorageStack stack, string caseId, params string[] texts)
    {
        foreach (var text in texts)
        {
            var (timestamp, sequence) = stack.Get<TranscriptClock>().Next();
            await stack.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, text), CancellationToken.None);
        }
    }

    // Flips a byte of the slot with the highest sequence number, as a write cut short would leave it.
    private void TearNewestSlot(string? folder = null)
    {
        var path = Path.Combine(folder ?? _folder, "checkpoint");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(64, bytes.Length);
        var newest = BitConverter.ToInt64(bytes, 4) > BitConverter.ToInt64(bytes, 32 + 4) ? 0 : 32;
        bytes[newest + 20] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
    }
}
