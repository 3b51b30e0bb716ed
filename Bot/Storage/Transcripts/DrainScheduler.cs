using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Runs the transcript drainer's own work (reading and opening outbox lines, sealing segments) on one dedicated thread
/// instead of the thread pool, so a drain round's work items do not queue ahead of turns' continuations, and on Linux
/// the operating system prefers the turns' threads to it. The drainer's lines are already durable in the outbox; it
/// can wait. Awaits in the drainer's code resume here; I/O completions inside the store run on the thread pool.
/// On a quiet machine this took the open-loop p99 from 4.9 - 6.6 ms to 3.8 - 4.0 (README, "What the open loop's tail
/// is made of"). When other processes saturate the cores, a thread the OS schedules last can delay a GC's suspension.
/// </summary>
internal sealed class DrainScheduler : TaskScheduler, IDisposable
{
    // Added to the process's niceness for the drain thread: at +10 a turn's thread gets about nine times the drain's
    // share of a contended core.
    private const int Niceness = 10;
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread _thread;

    public DrainScheduler()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "transcript drain" };
        _thread.Start();
    }

    public void Dispose() => _queue.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        if (!_queue.TryAdd(task))
        {
            // Stopping: run what is left on the thread pool rather than lose the drainer's last continuation.
            ThreadPool.UnsafeQueueUserWorkItem(static t => ((DrainScheduler)t.Scheduler).TryExecuteTask(t.Task), (Scheduler: this, Task: task), preferLocal: false);
        }
    }

    // Never inline on a turn's thread: that would run drain work at the turn's priority.
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
