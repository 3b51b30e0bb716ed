using System.Text;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The local store's journal files are checkpointed (their objects written into their own files and synced) in the
/// background once they are full. A checkpoint writes and syncs hundreds of files: it must happen on a thread of its
/// own at a lower priority, never on the thread pool that survivors' turns run on (before, eight pool threads blocked in
/// fsync at once and turns waited tens of milliseconds for a thread), and it must lose nothing.
/// </summary>
public sealed class JournalCheckpointTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportbot-checkpoint-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Full_journal_files_are_checkpointed_from_a_low_priority_thread_and_every_object_survives_a_crash_after()
    {
        // Several rounds: the write that fills a file closes it, and its checkpoint may start before that write's caller
        // is back from its commit (a checkpoint that missed it lost an acknowledged write in about one round in ten).
        for (var round = 0; round < 24; round++)
        {
            await CheckpointAndCrashAsync(Path.Combine(_folder, round.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static async Task CheckpointAndCrashAsync(string folder)
    {
        var objects = Path.Combine(folder, "objects");
        var journal = objects + "-journal";
        var first = new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 48; i++)
        {
            // Eight of the 40 objects are written again later (case00 - case07); the last write of all is case07's.
            var name = $"state/case{i % 40:D2}";
            var content = $"version {i} " + new string((char)('a' + (i % 26)), 64 * 1024);
            await first.WriteAsync(name, Encoding.UTF8.GetBytes(content), WriteCondition.None, CancellationToken.None);
            expected[name] = content;
        }

        // A record here is 64 KB and some bytes, so the 16th fills a 1 MB file and closes it: the 48 writes close three
        // files, and each is checkpointed (its objects written into their own files) and deleted without any call
        // waiting. Once all three are gone, nothing of the first store runs any more when the second opens the folder.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Directory.GetFiles(journal, "*.wal").Length > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no checkpoint within 20 s");
            await Task.Delay(20);
        }

        if (OperatingSystem.IsLinux())
        {
            // (Every store has its own checkpoint thread: those of other tests' stores may be there too.)
            var checkpointThreads = ThreadNiceness.All().Where(t => t.Name.StartsWith("object checkpo", StringComparison.Ordinal)).ToList();
            Assert.True(checkpointThreads.Count > 0, "no checkpoint thread: " + string.Join(", ", ThreadNiceness.All().Select(t => t.Name)));
            Assert.All(checkpointThreads, t => Assert.True(ThreadNiceness.RunsBelowOwn(t.Niceness), $"checkpoint thread niceness {t.Niceness}, the turns' {ThreadNiceness.Own()}"));
        }

        // Not disposed, as after SIGKILL: every acknowledged write must be in its object's file now.
        await using var restarted = new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
        foreach (var (name, content) in expected)
        {
            var read = await restarted.ReadAsync(name, CancellationToken.None);
            Assert.Equal(content, Encoding.UTF8.GetString(read!.Content));
        }
    }
}
