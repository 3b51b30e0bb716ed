using System.Buffers.Binary;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The journal and the outbox are zero-filled ahead of their writer (commits sync data, not the inode), so what a crash
/// leaves is acknowledged records, maybe a torn one, then zeros: a restart keeps exactly the acknowledged records.
/// </summary>
public sealed class PreallocatedTailTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_crash_with_a_zero_filled_journal_tail_replays_exactly_the_acknowledged_records_even_after_a_torn_one()
    {
        var root = NewFolder();
        var folder = Path.Combine(root, "objects");
        var crashed = new LocalDiskObjectStore(folder);
        for (var i = 0; i < 20; i++)
        {
            await crashed.WriteAsync($"state/s{i}", System.Text.Encoding.UTF8.GetBytes($"kept {i}"), WriteCondition.None, CancellationToken.None);
        }

        await crashed.WriteAsync("keys/k", "shredded-key"u8.ToArray(), WriteCondition.None, CancellationToken.None);
        await crashed.DeleteAsync("keys/k", CancellationToken.None);

        // Two records of a batch that was never acknowledged, as a power cut in its write leaves them: the first torn
        // (half of it reached the disk), the second whole after it. Neither may come back.
        var unacknowledged = await RecordsOfAsync(("state/s3", "never acknowledged"), ("state/ghost", "never acknowledged either"));
        var journal = Directory.GetFiles(folder + "-journal", "*.wal").Single();
        await ZeroedAheadAsync(journal);
        var bytes = await File.ReadAllBytesAsync(journal);
        var end = EndOfRecords(bytes, lengthPrefix: 8);
        Assert.True(bytes.Length - end >= PreallocatedFile.Chunk, "the journal is zero-filled ahead of its records");
        Assert.True(bytes.AsSpan(end).IndexOfAnyExcept((byte)0) < 0);
        Assert.True(bytes.AsSpan().IndexOf("shredded-key"u8) < 0, "a deleted object's bytes are scrubbed from the journal");
        var torn = unacknowledged[0].AsSpan(0, unacknowledged[0].Length / 2).ToArray();
        await WriteAtAsync(journal, end, torn);
        await WriteAtAsync(journal, end + unacknowledged[0].Length, unacknowledged[1]);

        // The first store is abandoned, not disposed (as after SIGKILL): its object files were never written.
        await using var restarted = new LocalDiskObjectStore(folder);
        for (var i = 0; i < 20; i++)
        {
            var read = await restarted.ReadAsync($"state/s{i}", CancellationToken.None);
            Assert.Equal($"kept {i}", System.Text.Encoding.UTF8.GetString(read!.Content));
        }

        Assert.Null(await restarted.ReadAsync("state/ghost", CancellationToken.None));
        Assert.Null(await restarted.ReadAsync("keys/k", CancellationToken.None));

        // The restarted store commits into a fresh zero-filled file, and what it acknowledges survives the next crash
        // (a copy of the folder taken while it runs is what SIGKILL would leave).
        await restarted.WriteAsync("state/after", "after restart"u8.ToArray(), WriteCondition.None, CancellationToken.None);
        var snapshot = Path.Combine(root, "snapshot");
        CopyFolder(folder, snapshot);
        CopyFolder(folder + "-journal", snapshot + "-journal");
        await using var fromSnapshot = new LocalDiskObjectStore(snapshot);
        Assert.Equal("after restart", System.Text.Encoding.UTF8.GetString((await fromSnapshot.ReadAsync("state/after", CancellationToken.None))!.Content));
        Assert.Equal("kept 3", System.Text.Encoding.UTF8.GetString((await fromSnapshot.ReadAsync("state/s3", CancellationToken.None))!.Content));
        Assert.Null(await fromSnapshot.ReadAsync("state/ghost", CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_larger_than_the_zeros_ahead_is_kept_and_the_commits_after_it_too()
    {
        var root = NewFolder();
        var folder = Path.Combine(root, "objects");
        var large = new byte[5 * PreallocatedFile.Chunk];
        Random.Shared.NextBytes(large);
        var crashed = new LocalDiskObjectStore(folder);
        await crashed.WriteAsync("state/large", large, WriteCondition.None, CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await crashed.WriteAsync($"state/small{i}", new[] { (byte)(i + 1) }, WriteCondition.None, CancellationToken.None);
        }

        var snapshot = Path.Combine(root, "snapshot");
        CopyFolder(folder, snapshot);
        CopyFolder(folder + "-journal", snapshot + "-journal");
        await using var restarted = new LocalDiskObjectStore(snapshot);

        Assert.Equal(large, (await restarted.ReadAsync("state/large", CancellationToken.None))!.Content);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal([(byte)(i + 1)], (await restarted.ReadAsync($"state/small{i}", CancellationToken.None))!.Content);
        }
    }

    [Fact]
    public async Task Outbox_lines_acknowledged_before_a_crash_with_a_zero_filled_tail_and_a_torn_record_are_drained_once()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "outbox");
        string caseId;
        string segment;
        byte[] leftByCrash;
        await using (var crashed = new StorageStack(settings, keepLocalData: true))
        {
            caseId = crashed.Get<Pseudonymizer>().CaseId("test", "zero-tail");
            for (var i = 0; i < 5; i++)
            {
                await AppendAsync(crashed, caseId, $"line {i}");
            }

            // What SIGKILL leaves: the segment as it is now, its records followed by zeros (a clean close trims them).
            segment = Directory.GetFiles(folder, "*.log").Single();
            await ZeroedAheadAsync(segment);
            leftByCrash = await File.ReadAllBytesAsync(segment);
        }

        var end = EndOfRecords(leftByCrash, lengthPrefix: 4);
        Assert.True(leftByCrash.Length - end >= PreallocatedFile.Chunk, "the outbox segment is zero-filled ahead of its records");
        Assert.Equal(end, new FileInfo(segment).Length);

        // A power cut in the next append: its length prefix and half of its sealed line reached the disk.
        var length = BinaryPrimitives.ReadInt32LittleEndian(leftByCrash);
        BinaryPrimitives.WriteInt32LittleEndian(leftByCrash.AsSpan(end), length);
        leftByCrash.AsSpan(end + 4, length / 2).Fill(0x5A);
        await File.WriteAllBytesAsync(segment, leftByCrash);

        await using var restarted = new StorageStack(settings);
        await AppendAsync(restarted, caseId, "after restart");
        await restarted.DrainAsync();

        var lines = new List<string>();
        await foreach (var entry in restarted.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(["line 0", "line 1", "line 2", "line 3", "line 4", "after restart"], lines);
    }

    [Fact]
    public async Task Erasing_a_case_zeroes_its_lines_in_a_zero_filled_active_segment_and_keeps_the_others()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "outbox");
        await using var stack = new StorageStack(settings);
        var erased = stack.Get<Pseudonymizer>().CaseId("test", "erased");
        var kept = stack.Get<Pseudonymizer>().CaseId("test", "kept");
        await AppendAsync(stack, erased, "erased 0");
        await AppendAsync(stack, kept, "kept 0");
        await AppendAsync(stack, erased, "erased 1");
        var segment = Directory.GetFiles(folder, "*.log").Single();
        var before = await File.ReadAllBytesAsync(segment);

        Assert.Equal(2, stack.Get<TranscriptOutbox>().Erase(erased, DateTimeOffset.UtcNow));

        var after = await File.ReadAllBytesAsync(segment);
        var end = EndOfRecords(before, lengthPrefix: 4);
        Assert.Equal(end, EndOfRecords(after, lengthPrefix: 4));
        Assert.True(after.AsSpan(end).IndexOfAnyExcept((byte)0) < 0, "nothing is written into the zeros ahead");
        Assert.True(ChangedBytes(before, after) > 0);
        await AppendAsync(stack, kept, "kept 1");
        await stack.DrainAsync();
        var lines = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(kept, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(["kept 0", "kept 1"], lines);
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(erased, CancellationToken.None))
        {
            Assert.Fail("an erased line was drained: " + entry.ActivityJson);
        }
    }

    [Fact]
    public async Task Two_hosts_on_one_data_folder_each_write_a_segment_of_their_own_instead_of_failing_the_turn()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        await using var first = new StorageStack(settings, keepLocalData: true);
        await using var second = new StorageStack(settings, keepLocalData: true);
        var caseId = first.Get<Pseudonymizer>().CaseId("test", "two-hosts");

        // Both outboxes start before either has written: they choose the same next segment number, and the second finds
        // it taken when it writes, and takes the next.
        Assert.Equal(first.Get<TranscriptOutbox>().End, second.Get<TranscriptOutbox>().End);
        await AppendAsync(first, caseId, "from the first");
        await AppendAsync(second, caseId, "from the second");

        var segments = Directory.GetFiles(Path.Combine(settings["Storage:LocalPath"]!, "outbox"), "*.log").Order().ToList();
        Assert.Equal(2, segments.Count);
        Assert.Equal(first.Get<TranscriptOutbox>().End.Segment + 1, second.Get<TranscriptOutbox>().End.Segment);
    }

    // Where the records end: each is a 32-bit length (of the rest after the prefix) and that much more; zeros follow.
    private static int EndOfRecords(byte[] bytes, int lengthPrefix)
    {
        var offset = 0;
        while (offset + lengthPrefix <= bytes.Length && BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset)) is > 0 and var length)
        {
            offset += lengthPrefix + length;
        }

        return offset;
    }

    // The zeroing runs beside the writer: wait until it is two steps ahead, so nothing writes where a test does.
    private static async Task ZeroedAheadAsync(string path)
    {
        for (var waited = 0; new FileInfo(path).Length < 2 * PreallocatedFile.Chunk && waited < 200; waited++)
        {
            await Task.Delay(50);
        }
    }

    private static int ChangedBytes(byte[] a, byte[] b) => a.Zip(b).Count(p => p.First != p.Second);

    // Records as the journal encodes them, taken from a store of their own.
    private async Task<byte[][]> RecordsOfAsync(params (string Name, string Content)[] objects)
    {
        var folder = Path.Combine(NewFolder(), "objects");
        var store = new LocalDiskObjectStore(folder);
        foreach (var (name, content) in objects)
        {
            await store.WriteAsync(name, System.Text.Encoding.UTF8.GetBytes(content), WriteCondition.None, CancellationToken.None);
        }

        // The first commits may have come before any zeros (the file then ends with them).
        var bytes = await File.ReadAllBytesAsync(Directory.GetFiles(folder + "-journal", "*.wal").Single());
        var records = new List<byte[]>();
        for (var offset = 0; offset + 8 <= bytes.Length && BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset)) is > 0 and var length; offset += 8 + length)
        {
            records.Add(bytes.AsSpan(offset, 8 + length).ToArray());
        }

        Assert.Equal(objects.Length, records.Count);
        return [.. records];
    }

    private static async Task WriteAtAsync(string path, long offset, byte[] bytes)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        file.Position = offset;
        await file.WriteAsync(bytes);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static async Task AppendAsync(StorageStack stack, string caseId, string text)
    {
        var (timestamp, sequence) = stack.Get<TranscriptClock>().Next();
        await stack.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, text), CancellationToken.None);
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-prealloc-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
