using System.Text;
using ReportBot.Bot.Storage.Objects;

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
        var objects = Path.Combine(_folder, "objects");
        var journal = objects + "-journal";
        var first = new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 48; i++)
        {
            // 48 objects of 64 KB fill three 1 MB journal files; the last versions of a few are written again later.
            var name = $"state/case{i % 40:D2}";
            var content = $"version {i} " + new string((char)('a' + (i % 26)), 64 * 1024);
            await first.WriteAsync(name, Encoding.UTF8.GetBytes(content), WriteCondition.None, CancellationToken.None);
            expected[name] = content;
        }

        // The first closed file's objects reach their own files and that journal file goes, without any call waiting.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Directory.GetFiles(journal, "*.wal").Length > 2 || !File.Exists(Path.Combine(objects, "state", "case00")))
        {
            Assert.True(DateTime.UtcNow < deadline, "no checkpoint within 20 s");
            await Task.Delay(20);
        }

        if (OperatingSystem.IsLinux())
        {
            var checkpointThread = Threads().SingleOrDefault(t => t.Name.StartsWith("object checkpo", StringComparison.Ordinal));
            Assert.True(checkpointThread.Name is not null, "no checkpoint thread: " + string.Join(", ", Threads().Select(t => t.Name)));
            Assert.True(checkpointThread.Niceness > OwnNiceness(), $"checkpoint thread niceness {checkpointThread.Niceness}, the turns' {OwnNiceness()}");
        }

        // Not disposed, as after SIGKILL: what was checkpointed is read from its file, the rest replayed from the journal.
        await using var restarted = new LocalDiskObjectStore(objects, journalFileMegabytes: 1);
        foreach (var (name, content) in expected)
        {
            var read = await restarted.ReadAsync(name, CancellationToken.None);
            Assert.Equal(content, Encoding.UTF8.GetString(read!.Content));
        }
    }

    // /proc/self/task/{tid}/comm holds a thread's name (15 characters at most) and stat its niceness (field 19).
    private static List<(string Name, int Niceness)> Threads() =>
        Directory.GetDirectories("/proc/self/task")
            .Select(task =>
            {
                try
                {
                    return (File.ReadAllText(Path.Combine(task, "comm")).Trim(), Niceness(File.ReadAllText(Path.Combine(task, "stat"))));
                }
                catch (IOException)
                {
                    return (string.Empty, 0); // the thread ended meanwhile
                }
            })
            .ToList();

    private static int OwnNiceness() => Niceness(File.ReadAllText("/proc/thread-self/stat"));

    private static int Niceness(string stat) =>
        int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
}
