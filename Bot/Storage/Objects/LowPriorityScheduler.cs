using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Runs background work that nothing a survivor waits for depends on (the transcript drainer's rounds: reading and
/// opening outbox lines, sealing segments; the local store's journal checkpoints: objects written into their files
/// and synced) on one dedicated thread instead of the thread pool, so its work items and blocking system calls do not
/// hold up turns' continuations, and on Linux the operating system prefers the turns' threads to it. Awaits with
/// <c>ConfigureAwait(true)</c> in such work resume here; I/O completions inside the store run on the thread pool.
/// For the drain this took the open-loop p99 on a quiet machine from 4.9 - 6.6 ms to 3.8 - 4.0 (README, "What the
/// open loop's tail is made of"). When other processes saturate the cores, a thread the OS schedules last can delay a
/// GC's suspension.
/// </summary>
internal sealed class LowPriorityScheduler : TaskScheduler, IDisposable
{
    // Added to the process's niceness for this thread: at +10 a turn's thread gets about nine times its share of a
    // contended core.
    private const int Niceness = 10;
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread _thread;

    /// <param name="threadName">The thread's name (tests and profiles find it by it).</param>
    public LowPriorityScheduler(string threadName)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = threadName };
        _thread.Start();
    }

    public void Dispose() => _queue.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        if (!_queue.TryAdd(task))
        {
            // Stopping: run what is left on the thread pool rather than lose the last continuation.
            ThreadPool.UnsafeQueueUserWorkItem(static t => ((LowPriorityScheduler)t.Scheduler).TryExecuteTask(t.Task), (Scheduler: this, Task: task), preferLocal: false);
        }
    }

    // Never inline on a turn's thread: that would run background work at the turn's priority.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Run()
    {
        if (OperatingSystem.IsLinux())
        {
            LowerPriority();
        }

        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private static void LowerPriority()
    {
        try
        {
            // PRIO_PROCESS with a thread id reads and sets that thread's niceness on Linux; raising it needs no privilege.
            var thread = GetThreadId();
            _ = SetPriority(0, thread, Math.Min(19, GetPriority(0, thread) + Niceness));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask (another platform): the drain runs at normal priority, as before.
        }
    }

    // DllImport rather than LibraryImport: the signatures are blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
