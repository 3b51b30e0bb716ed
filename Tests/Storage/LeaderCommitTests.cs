using System.Collections.Concurrent;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The group commit behind the journal and the outbox: a turn that finds the writer idle commits on its own thread and
/// goes on at once; concurrent turns share a batch; nothing is acknowledged before its batch's commit returned, and
/// a failed batch fails only its own callers.
/// </summary>
public sealed class LeaderCommitTests
{
    [Fact]
    public async Task Concurrent_callers_each_have_their_item_committed_once_and_only_one_commit_runs_at_a_time()
    {
        var committed = new ConcurrentDictionary<(int Caller, int Item), int>();
        var running = 0;
        var overlapped = false;
        var batches = 0;
        var commits = new GroupCommit<(int Caller, int Item), int>(
            batch =>
            {
                if (Interlocked.Increment(ref running) != 1)
                {
                    overlapped = true;
                }

                Thread.SpinWait(2000); // a sync's worth of time, so callers pile up behind it
                var number = Interlocked.Increment(ref batches);
                foreach (var item in batch)
                {
                    Assert.True(committed.TryAdd(item, number), "an item was committed twice");
                }

                Interlocked.Decrement(ref running);
                return number;
            },
            maxBatch: 8);

        // Half the callers on the thread pool (turns: they lead when the writer is idle), half on threads of their own
        // (they always queue), so leaders and queued batches interleave.
        async Task CallerAsync(int caller)
        {
            for (var item = 0; item < 50; item++)
            {
                var batch = await commits.CommitAsync((caller, item));

                // Acknowledged only once committed, by the batch that holds it.
                Assert.Equal(batch, committed[(caller, item)]);
            }
        }

        var callers = Enumerable.Range(0, 32).Select(caller => caller % 2 == 0
            ? Task.Run(() => CallerAsync(caller))
            : Task.Factory.StartNew(() => CallerAsync(caller).GetAwaiter().GetResult(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        await Task.WhenAll(callers);

        Assert.False(overlapped);
        Assert.Equal(32 * 50, committed.Count);
        Assert.True(batches < 32 * 50, "concurrent callers never shared a batch");
    }

    [Fact]
    public async Task A_caller_on_an_idle_thread_pool_that_finds_the_writer_idle_commits_on_its_own_thread_and_is_done_on_return()
    {
        using var insideCall = new ThreadLocal<bool>();
        var committedInsideCall = false;
        var commits = new GroupCommit<string, bool>(_ =>
        {
            committedInsideCall = insideCall.Value;
            return true;
        }, maxBatch: 8);

        // Tests of other classes run meanwhile and may keep the pool busy (then the item is queued, by design): the
        // caller must lead at least once in a few tries, and whenever it does, be done when the call returns.
        var led = 0;
        for (var attempt = 0; attempt < 50 && led == 0; attempt++)
        {
            var (completedOnReturn, task) = await Task.Run(() =>
            {
                insideCall.Value = true;
                var task = commits.CommitAsync("turn");
                insideCall.Value = false;
                return (task.IsCompletedSuccessfully, task);
            });
            Assert.True(await task);
            if (committedInsideCall)
            {
                Assert.True(completedOnReturn);
                led++;
            }
            else
            {
                await Task.Delay(10);
            }
        }

        Assert.Equal(1, led);
    }

    [Fact]
    public async Task A_caller_on_its_own_thread_such_as_the_low_priority_drain_thread_never_commits_there()
    {
        var committedOn = new TaskCompletionSource<int>();
        var commits = new GroupCommit<string, bool>(_ =>
        {
            committedOn.TrySetResult(Environment.CurrentManagedThreadId);
            return true;
        }, maxBatch: 8);
        Task<bool>? pending = null;
        var callerThread = 0;
        var thread = new Thread(() =>
        {
            callerThread = Environment.CurrentManagedThreadId;
            pending = commits.CommitAsync("drain");
        });
        thread.Start();
        thread.Join();

        Assert.True(await pending!);
        Assert.NotEqual(callerThread, await committedOn.Task);
    }

    [Fact]
    public async Task Queued_items_are_committed_on_the_committers_own_thread_so_a_slow_sync_holds_no_thread_pool_worker_and_closing_ends_it()
    {
        using var release = new ManualResetEventSlim();
        var committers = new ConcurrentBag<Thread>();
        var commits = new GroupCommit<int, bool>(_ =>
        {
            committers.Add(Thread.CurrentThread);
            release.Wait(TimeSpan.FromSeconds(10)); // a sync the disk holds
            return true;
        }, maxBatch: 4, maxBackground: 2, threadName: "test commit");

        // A drain round's appends, queued from the drain's own thread.
        var waiting = new List<Task<bool>>();
        var drain = new Thread(() =>
        {
            for (var i = 0; i < 6; i++)
            {
                waiting.Add(commits.CommitAsync(i, background: true));
            }
        });
        drain.Start();
        drain.Join();

        // While the sync is held, the thread pool's workers are all free for turns.
        SpinWait.SpinUntil(() => !committers.IsEmpty, TimeSpan.FromSeconds(10));
        var committer = Assert.Single(committers.Distinct());
        Assert.False(committer.IsThreadPoolThread);
        Assert.Equal("test commit", committer.Name);

        release.Set();
        Assert.All(await Task.WhenAll(waiting), Assert.True);
        Assert.Single(committers.Distinct()); // the three batches, one after another on the same thread

        await commits.CloseAsync();
        Assert.True(committer.Join(TimeSpan.FromSeconds(10)), "the committer's thread should end once it is closed");
    }

    [Fact]
    public async Task Items_a_low_priority_drain_thread_queues_first_are_committed_at_the_processs_priority_not_the_drains()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test reads niceness from /proc; the bot is deployed and tested on Linux");
        var committedAt = new TaskCompletionSource<int>();
        var commits = new GroupCommit<int, bool>(_ =>
        {
            committedAt.TrySetResult(Niceness("/proc/thread-self/stat"));
            return true;
        }, maxBatch: 8, threadName: "test commit");
        using var drain = new LowPriorityScheduler("test drain");

        // The drain's first append is the first item anyone queues (turns lead while the writer is idle).
        var drainAt = await Task.Factory.StartNew(() => Niceness("/proc/thread-self/stat"), CancellationToken.None, TaskCreationOptions.None, drain);
        var queued = await Task.Factory.StartNew(() => commits.CommitAsync(1, background: true), CancellationToken.None, TaskCreationOptions.None, drain);
        Assert.True(await queued);

        var process = Niceness("/proc/self/stat");
        Assert.True(drainAt > process || process == 19, $"the drain thread should run below the process's priority ({drainAt} against {process})");
        Assert.Equal(process, await committedAt.Task); // turns wait for this thread: it must not be a low-priority one

        await commits.CloseAsync();
    }

    // Field 19 of proc's stat (the text after the command's closing parenthesis starts at field 3).
    private static int Niceness(string statFile)
    {
        var stat = File.ReadAllText(statFile);
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_failed_commit_fails_its_callers_and_the_next_commit_still_succeeds()
    {
        var kept = new ConcurrentQueue<string>();
        var commits = new GroupCommit<string, bool>(batch =>
        {
            if (batch.Contains("disk full"))
            {
                throw new IOException("No space left on device");
            }

            foreach (var item in batch)
            {
                kept.Enqueue(item);
            }

            return true;
        }, maxBatch: 8);

        await Assert.ThrowsAsync<IOException>(() => Task.Run(() => commits.CommitAsync("disk full")));
        Assert.True(await Task.Run(() => commits.CommitAsync("after")));
        Assert.Equal(["after"], kept);
    }

    [Fact]
    public async Task Closing_waits_for_every_queued_item_and_refuses_new_ones()
    {
        var kept = new ConcurrentQueue<int>();
        using var release = new ManualResetEventSlim();
        var commits = new GroupCommit<int, bool>(batch =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            foreach (var item in batch)
            {
                kept.Enqueue(item);
            }

            return true;
        }, maxBatch: 4);

        // Queued from a thread of its own, so the first is committed by a worker and the rest wait behind it.
        var waiting = new List<Task<bool>>();
        var thread = new Thread(() =>
        {
            for (var i = 0; i < 10; i++)
            {
                waiting.Add(commits.CommitAsync(i));
            }
        });
        thread.Start();
        thread.Join();
        var closed = commits.CloseAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => commits.CommitAsync(99));
        Assert.False(closed.IsCompleted);

        release.Set();
        await closed;
        Assert.All(waiting, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(Enumerable.Range(0, 10), kept.Order());
    }

    [Fact]
    public async Task A_turn_that_arrives_behind_a_drain_rounds_appends_is_committed_before_them_in_a_batch_of_its_own()
    {
        using var writer = new HeldWriter(maxBackground: 8);

        // A turn's write holds the writer while a round's 100 appends queue behind it, and then another turn's write.
        var first = Task.Run(() => writer.Commits.CommitAsync("turn 1"));
        writer.WaitForFirstBatch();
        var appends = Enumerable.Range(0, 100).Select(i => writer.Commits.CommitAsync($"append {i}", background: true)).ToList();
        var second = writer.Commits.CommitAsync("turn 2");
        writer.Release();
        await Task.WhenAll([first, second, .. appends]);

        var all = writer.Batches.ToArray();
        Assert.Equal(["turn 1"], all[0]);
        Assert.Equal(["turn 2"], all[1]);
        Assert.Equal(2, await second);
        Assert.All(all[2..], batch => Assert.True(batch.Length is > 0 and <= 8 && batch.All(IsAppend)));

        // Every append committed once, in the order the drainer handed them in.
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"append {i}"), all.SelectMany(b => b).Where(IsAppend));
    }

    [Fact]
    public async Task A_turn_that_arrives_while_appends_are_written_waits_for_that_batch_only_and_is_synced_without_the_next_appends()
    {
        using var writer = new HeldWriter(maxBackground: 4);

        // A round's appends start writing; a turn arrives while their first batch is being synced.
        var appends = Enumerable.Range(0, 12).Select(i => writer.Commits.CommitAsync($"append {i}", background: true)).ToList();
        writer.WaitForFirstBatch();
        var turn = writer.Commits.CommitAsync("turn");
        writer.Release();
        await Task.WhenAll([turn, .. appends]);

        var all = writer.Batches.ToArray();
        Assert.True(all[0].Length is > 0 and <= 4 && all[0].All(IsAppend));
        Assert.Equal(["turn"], all[1]);
        Assert.Equal(2, await turn);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"append {i}"), all.Where(b => b[0] != "turn").SelectMany(b => b));
    }

    private static bool IsAppend(string item) => item.StartsWith("append", StringComparison.Ordinal);

    /// <summary>A group commit whose first batch is held (a slow sync) until <see cref="Release"/>; it records every batch.</summary>
    private sealed class HeldWriter : IDisposable
    {
        private readonly ManualResetEventSlim _firstBatchRunning = new();
        private readonly ManualResetEventSlim _release = new();

        public HeldWriter(int maxBackground)
        {
            Commits = new GroupCommit<string, int>(
                batch =>
                {
                    Batches.Enqueue([.. batch]);
                    if (Batches.Count == 1)
                    {
                        _firstBatchRunning.Set();
                        _release.Wait(TimeSpan.FromSeconds(10));
                    }

                    return Batches.Count;
                },
                maxBatch: 4096,
                maxBackground: maxBackground);
        }

        public GroupCommit<string, int> Commits { get; }

        public ConcurrentQueue<string[]> Batches { get; } = new();

        public void WaitForFirstBatch() => Assert.True(_firstBatchRunning.Wait(TimeSpan.FromSeconds(10)));

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _firstBatchRunning.Dispose();
            _release.Dispose();
        }
    }
}
