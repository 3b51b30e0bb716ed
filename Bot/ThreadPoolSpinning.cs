namespace ReportBot.Bot;

/// <summary>
/// Whether an idle thread-pool worker spins (<c>sched_yield</c>) for a moment before it sleeps, chosen for the cores
/// the process may run on. On one core (a B1 App Service plan, the storage benchmark's layout) a spinning worker takes
/// the core from the thread that would give it work: spinning was 28 % of the process's samples and 0.15 - 0.2 ms of
/// CPU a turn, so it is off. On two or more it is left on (the runtime's default): a worker that is still spinning
/// takes the next turn's work without a sleep and a wake-up, and on a virtual machine where each of those is a
/// costly switch the open loop's p50 fell by about 0.3 ms and its p99 by about a tenth (README, Benchmark, "Thread
/// hand-overs, and the drain's appends in batches of their own").
/// </summary>
internal static class ThreadPoolSpinning
{
    /// <summary>The runtime's name for the limit (<c>DOTNET_ThreadPool_UnfairSemaphoreSpinLimit</c> in the environment).</summary>
    public const string Setting = "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit";

    /// <summary>
    /// Turns spinning off when there is one core, unless the limit is already set (in runtimeconfig.json or the
    /// environment, which the runtime reads first). Call before anything is queued to the thread pool.
    /// </summary>
    public static void Choose(int processorCount)
    {
        if (LimitFor(processorCount) is { } limit && AppContext.GetData(Setting) is null)
        {
            AppContext.SetData(Setting, limit);
        }
    }

    /// <summary>The spin limit for <paramref name="processorCount"/> cores, or null for the runtime's default.</summary>
    internal static int? LimitFor(int processorCount) => processorCount <= 1 ? 0 : null;
}
