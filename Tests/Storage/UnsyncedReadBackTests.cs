using System.Collections.Concurrent;
using System.Text;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Until its journal file is checkpointed, an object the local store acknowledged lives only in its journal record: the
/// store remembers where that record is and its ETag, and reads it back from there (it used to keep the sealed bytes of
/// every active conversation's state in memory until the checkpoint). A read must still give exactly the version last
/// acknowledged, whatever checkpoint, deletion or scrub runs beside it, and a crash must lose nothing.
/// </summary>
public sealed class UnsyncedReadBackTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportbot-readback-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_caller_that_reuses_its_buffer_after_a_write_does_not_change_what_was_stored()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_folder, "objects"));
        var buffer = Encoding.UTF8.GetBytes("sealed state, version 1");
        var etag = await store.WriteAsync("state/case-a", buffer, WriteCondition.None, CancellationToken.None);

        // A pooled buffer, say, filled with the next conversation's bytes.
        Encoding.UTF8.GetBytes("something else entirely").CopyTo(buffer, 0);

        var read = await store.ReadAsync("state/case-a", CancellationToken.None);
        Assert.Equal("sealed state, version 1", Encoding.UTF8.GetString(read!.Content));
        Assert.Equal(etag, read.ETag);

        // And the bytes a reader gets are its own.
        read.Content[0] = (byte)'X';
        Assert.Equal("sealed state, version 1", Encoding.UTF8.GetString((await store.ReadAsync("state/case-a", CancellationToken.None))!.Content));
    }

    [Fact]
    public async Task A_slice_of_a_larger_buffer_is_stored_as_the_slice()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_folder, "objects"));
        var buffer = Encoding.UTF8.GetBytes("[[the state]]");
        await store.WriteAsync("state/case-b", buffer.AsMemory(2, 9), WriteCondition.None, CancellationToken.None);
        Assert.Equal("the state", Encoding.UTF8.GetString((await store.ReadAsync("state/case-b", CancellationToken.None))!.Content));
    }

    [Fact]
    public async Task An_append_after_a_whole_write_not_yet_checkpointed_lands_after_it_and_survives_a_crash()
    {
        var objects = Path.Combine(_folder, "objects");
        var store = new LocalDiskObjectStore(objects);
        await store.WriteAsync("transcripts/case-c", Encoding.UTF8.GetBytes("line 1\n"), WriteCondition.None, CancellationToken.None);
        Assert.Equal(14, await store.AppendAsync("transcripts/case-c", Encoding.UTF8.GetBytes("line 2\n"), expectedLength: 7, CancellationToken.None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.AppendAsync("transcripts/case-c", Encoding.UTF8.GetBytes("line 2\n"), expectedLength: 7, CancellationToken.None));
        Assert.Equal("line 1\nline 2\n", Encoding.UTF8.GetString((await store.ReadAsync("transcripts/case-c", CancellationToken.None))!.Content));

        // Not disposed, as after SIGKILL.
        await using var restarted = new LocalDiskObjectStore(objects);
        Assert.Equal("line 1\nline 2\n", Encoding.UTF8.GetString((await restarted.ReadAsync("transcripts/case-c", CancellationToken.None))!.Content));
    }

    [Fact]
    public async Task Conditional_writes_compare_with_the_version_in_the_journal()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_folder, "objects"));
        var first = await store.WriteAsync("state/case-d", Encoding.UTF8.GetBytes("one"), WriteCondition.IfNotExists, CancellationToken.None);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync("state/case-d", Encoding.UTF8.GetBytes("two"), WriteCondition.IfNotExists, CancellationToken.None));
        var second = await store.WriteAsync("state/case-d", Encoding.UTF8.GetBytes("two"), WriteCondition.IfMatch(first), CancellationToken.None);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync("state/case-d", Encoding.UTF8.GetBytes("three"), WriteCondition.IfMatch(first), CancellationToken.None));
        var read = await store.ReadAsync("state/case-d", CancellationToken.None);
        Assert.Equal(("two", second), (Encoding.UTF8.GetString(read!.Content), read.ETag));
    }

    [Fact]
    public async Task Reads_beside_writes_checkpoints_and_deletions_give_a_whole_acknowledged_version_and_a_crash_loses_none()
    {
        var objects = Path.Combine(_folder, "objects");

        // 1 MB journal files and 24 KB objects: a checkpoint every 40-odd writes, so reads meet records whose files are
        // being checkpointed and deleted, and deletions that scrub records.
        var store = new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
        const int Names = 12;
        const int Writers = 4;
        var acknowledged = new ConcurrentDictionary<string, int>();
        var deletionsStarted = new int[Names];
        var deletionsDone = new int[Names];
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();

        // Each name has one writer (names w, w + 4, w + 8), so its history is a sequence: writes, and now and then a
        // deletion, counted before it starts and after it is done.
        async Task WriterAsync(int writer)
        {
            for (var version = 1; version <= 60; version++)
            {
                var index = writer + Writers * (version % (Names / Writers));
                var name = NameOf(index);
                if (version % 17 == 0)
                {
                    Interlocked.Increment(ref deletionsStarted[index]);
                    await store.DeleteAsync(name, CancellationToken.None);
                    acknowledged.TryRemove(name, out _);
                    Interlocked.Increment(ref deletionsDone[index]);
                    continue;
                }

                var stamp = writer * 1000 + version;
                await store.WriteAsync(name, Content(name, stamp), WriteCondition.None, CancellationToken.None);
                acknowledged[name] = stamp;
            }
        }

        async Task ReaderAsync()
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads < 200)
            {
                for (var i = 0; i < Names; i++)
                {
                    var name = NameOf(i);

                    // Absent is wrong only for an object acknowledged before the read began, with no deletion of it
                    // under way then or begun during the read.
                    var started = Volatile.Read(ref deletionsStarted[i]);
                    var settled = started == Volatile.Read(ref deletionsDone[i]) && acknowledged.ContainsKey(name);
                    var read = await store.ReadAsync(name, CancellationToken.None);
                    reads++;
                    if (read is null)
                    {
                        if (settled && started == Volatile.Read(ref deletionsStarted[i]))
                        {
                            failures.Enqueue($"{name} was absent while acknowledged and not being deleted");
                        }

                        continue;
                    }

                    var stamp = StampOf(read.Content);
                    if (stamp is null || !read.Content.AsSpan().SequenceEqual(Content(name, stamp.Value)))
                    {
                        failures.Enqueue($"{name}: a read gave bytes that no write wrote ({read.Content.Length} bytes)");
                    }
                }

                await Task.Yield();
            }
        }

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(ReaderAsync)).ToList();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriterAsync(w))));
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Empty(failures);

        // Every name now holds what its last acknowledged write wrote, read back from the journal or the object's file;
        // and a restart after SIGKILL (not disposed) finds the same, with deleted objects still gone.
        for (var pass = 0; pass < 2; pass++)
        {
            var reading = pass == 0 ? store : new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
            for (var i = 0; i < Names; i++)
            {
                var name = NameOf(i);
                var read = await reading.ReadAsync(name, CancellationToken.None);
                if (acknowledged.TryGetValue(name, out var stamp))
                {
                    Assert.True(read is not null, $"{name} lost (pass {pass})");
                    Assert.Equal(stamp, StampOf(read!.Content));
                }
                else
                {
                    Assert.Null(read);
                }
            }

            if (pass == 1)
            {
                await ((LocalDiskObjectStore)reading).DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_journal_reads_a_record_back_whole_and_a_scrubbed_one_as_zeros_or_a_gone_one_as_nothing()
    {
        var folder = Path.Combine(_folder, "journal");
        Directory.CreateDirectory(folder);
        var closed = new ConcurrentQueue<long>();
        var journal = new ObjectJournal(folder, 1, closed.Enqueue, rotateAt: 1024 * 1024);
        await using (journal)
        {
            await journal.CommitAsync(new JournalRecord(JournalRecordKind.Put, "keys/case-e", Encoding.UTF8.GetBytes("wrapped key, version 1")));
            var first = journal.LatestPlace("keys/case-e")!.Value;
            await journal.CommitAsync(new JournalRecord(JournalRecordKind.Put, "state/case-f", Encoding.UTF8.GetBytes("another object")));
            await journal.CommitAsync(new JournalRecord(JournalRecordKind.Put, "keys/case-e", Encoding.UTF8.GetBytes("wrapped key, version 2")));
            var second = journal.LatestPlace("keys/case-e")!.Value;

            Assert.NotEqual(first, second);
            Assert.Null(journal.LatestPlace("state/never-written"));
            Assert.Equal("wrapped key, version 1", Encoding.UTF8.GetString(journal.ReadContent(first.File, first.Offset)!));
            Assert.Equal("wrapped key, version 2", Encoding.UTF8.GetString(journal.ReadContent(second.File, second.Offset)!));

            // Past the last record the file is zeros: nothing is read there.
            Assert.Null(journal.ReadContent(second.File, second.Offset + 4096));

            // A deletion scrubs every version: the record stays valid, its content is zeros (the store compares what
            // it reads back with the ETag it acknowledged, so it never serves them).
            await journal.CommitAsync(new JournalRecord(JournalRecordKind.Delete, "keys/case-e", ReadOnlyMemory<byte>.Empty));
            journal.Scrub("keys/case-e");
            Assert.All(new[] { first, second }, place => Assert.All(journal.ReadContent(place.File, place.Offset)!, b => Assert.Equal(0, b)));
            Assert.Equal("another object", Encoding.UTF8.GetString(journal.ReadContent(first.File, journal.LatestPlace("state/case-f")!.Value.Offset)!));
        }

        // Checkpointed and deleted: nothing to read back.
        File.Delete(journal.PathOf(1));
        Assert.Null(journal.ReadContent(1, 0));
    }

    private static string NameOf(int i) => $"state/case{i:D2}";

    // "name|stamp|" and then 24 KB that depend on both: a read that mixes two versions, or meets zeros, does not match.
    private static byte[] Content(string name, int stamp)
    {
        var head = Encoding.UTF8.GetBytes($"{name}|{stamp}|");
        var bytes = new byte[head.Length + 24 * 1024];
        head.CopyTo(bytes, 0);
        var random = new Random(HashCode.Combine(name.Length, name[^1], name[^2], stamp));
        random.NextBytes(bytes.AsSpan(head.Length));
        return bytes;
    }

    private static int? StampOf(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content.AsSpan(0, Math.Min(64, content.Length)));
        var parts = text.Split('|');
        return parts.Length >= 3 && int.TryParse(parts[1], out var stamp) ? stamp : null;
    }
}
