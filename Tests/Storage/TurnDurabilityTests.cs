using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A turn's state record may return before the disk's write cache is flushed, but never be acknowledged before a flush
/// has made it durable: the turn's own transcript sync (another file on the same device) or, when there is none, a flush
/// of the journal before the answer leaves. The device's flush record is shared by every file on it, so these run
/// alone: another test's syncs would make these writes durable early.
/// </summary>
[Collection(DeviceFlushIsolation.Name)]
public sealed class TurnDurabilityTests : IDisposable
{
    // Beside the test assembly rather than in the temporary folder, which may be a tmpfs (no device to flush).
    private readonly string _root = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "durability-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_state_saved_in_a_turn_is_flushed_before_the_turn_ends_when_nothing_else_flushed_it()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_root, "objects"));
        if (DeviceFlushes.Of(_root) is not { } flushes)
        {
            await AssertFlushedByItselfAsync(store);
            return;
        }

        await QuietAsync(store, flushes);

        var turn = TurnDurability.Begin();
        using (turn.DeferFlushes())
        {
            await store.WriteAsync("state/a", new byte[300], WriteCondition.None, CancellationToken.None);
        }

        var ticket = flushes.LastTicket;
        var before = flushes.Flushes;
        Assert.False(flushes.Covers(ticket));

        await turn.EnsureAsync();
        Assert.True(flushes.Covers(ticket));
        Assert.Equal(before + 1, flushes.Flushes);

        // Read back after a restart: the record is in the journal.
        await store.DisposeAsync();
        await using var reopened = new LocalDiskObjectStore(Path.Combine(_root, "objects"));
        Assert.Equal(300, (await reopened.ReadAsync("state/a", CancellationToken.None))!.Content.Length);
    }

    [Fact]
    public async Task The_turns_transcript_sync_on_the_same_disk_makes_its_state_durable_and_no_second_flush_is_made()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_root, "objects"));
        if (DeviceFlushes.Of(_root) is not { } flushes)
        {
            await AssertFlushedByItselfAsync(store);
            return;
        }

        using var lines = new PreallocatedFile(Path.Combine(_root, "outbox.log"), 4 * PreallocatedFile.Chunk, DeviceFlushes.Of(_root));
        await QuietAsync(store, flushes);

        var turn = TurnDurability.Begin();
        using (turn.DeferFlushes())
        {
            await store.WriteAsync("state/b", new byte[300], WriteCondition.None, CancellationToken.None);
        }

        var ticket = flushes.LastTicket;
        Assert.False(flushes.Covers(ticket));
        lines.Append([new byte[200]]);
        Assert.True(flushes.Covers(ticket));

        var afterLines = flushes.Flushes;
        await turn.EnsureAsync();
        Assert.Equal(afterLines, flushes.Flushes);
    }

    [Fact]
    public async Task Writes_outside_a_turns_save_are_durable_when_they_return()
    {
        await using var store = new LocalDiskObjectStore(Path.Combine(_root, "objects"));
        if (DeviceFlushes.Of(_root) is not { } flushes)
        {
            await AssertFlushedByItselfAsync(store);
            return;
        }

        await QuietAsync(store, flushes);
        var ticket = flushes.LastTicket;
        var before = flushes.Flushes;

        // A turn has begun but is not saving: a case record written meanwhile is flushed at once.
        var turn = TurnDurability.Begin();
        await store.WriteAsync("cases/c", new byte[300], WriteCondition.None, CancellationToken.None);

        Assert.Equal(ticket, flushes.LastTicket);
        Assert.True(flushes.Flushes > before);
        await turn.EnsureAsync();
    }

    // On a file system whose syncs are not known to flush the whole device (a tmpfs, a network share), a turn's save
    // flushes for itself: nothing is left for the turn to make durable.
    private static async Task AssertFlushedByItselfAsync(LocalDiskObjectStore store)
    {
        var turn = TurnDurability.Begin();
        using (turn.DeferFlushes())
        {
            await store.WriteAsync("state/unknown-device", new byte[300], WriteCondition.None, CancellationToken.None);
        }

        Assert.True(turn.EnsureAsync().IsCompletedSuccessfully);
    }

    // The journal file's first zeros are written and synced in the background when it is made: wait until they are,
    // so a test's own write is not flushed by them.
    internal static async Task QuietAsync(LocalDiskObjectStore store, DeviceFlushes flushes)
    {
        await store.WriteAsync("warm-up", new byte[10], WriteCondition.None, CancellationToken.None);
        var seen = flushes.Flushes;
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(100);
            if (flushes.Flushes == seen)
            {
                return;
            }

            seen = flushes.Flushes;
        }
    }
}
