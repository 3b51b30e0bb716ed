using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// Loaded into a ReportBot server by <c>bench --probe</c> (DOTNET_STARTUP_HOOKS), never by the bot itself: writes the
/// runtime's GC pauses, thread-pool injections, the transcript drainer's rounds and the local store's journal
/// checkpoints, with wall-clock times, to the file
/// named by REPORTBOT_BENCH_PROBE, so the benchmark can tell what its slowest turns overlapped. Uses only the base
/// library, so it loads into any build of the bot.
/// </summary>
internal static class StartupHook
{
    private static ProbeListener? _listener;
    private static FileSystemWatcher? _drainEnds;
    private static FileSystemWatcher? _drainAppends;
    private static FileSystemWatcher? _journalFiles;

    public static void Initialize()
    {
        var memory = Environment.GetEnvironmentVariable("REPORTBOT_BENCH_MEMORY");
        if (!string.IsNullOrEmpty(memory))
        {
            MemoryProbe.Start(memory);
        }

        var file = Environment.GetEnvironmentVariable("REPORTBOT_BENCH_PROBE");
        var data = Environment.GetEnvironmentVariable("REPORTBOT_BENCH_PROBE_DATA");
        if (string.IsNullOrEmpty(file) || string.IsNullOrEmpty(data))
        {
            return;
        }

        var writer = new StreamWriter(file, append: false) { AutoFlush = true };
        void Write(string line)
        {
            lock (writer)
            {
                writer.WriteLine(line);
            }
        }

        _listener = new ProbeListener(Write);

        // A canary on the thread pool: every millisecond a work item is queued, and how long it waited to run is what
        // any turn's continuation queued at that moment would have waited (a drain round's work items queue there too).
        var canary = new Thread(() =>
        {
            while (true)
            {
                var queued = System.Diagnostics.Stopwatch.GetTimestamp();
                var at = DateTime.UtcNow.Ticks;
                ThreadPool.UnsafeQueueUserWorkItem(_ => Write(string.Create(CultureInfo.InvariantCulture,
                    $"q,{at},{System.Diagnostics.Stopwatch.GetElapsedTime(queued).TotalMilliseconds:F3}")), null);
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "bench canary" };
        canary.Start();

        // The drainer writes outbox/checkpoint at the end of each round that moved lines (created or renamed at a
        // process's first round, overwritten in place after it, or renamed every round by builds before that), and appends to
        // objects/transcripts/{case}/lines during it: the first append after a checkpoint begins a round.
        Directory.CreateDirectory(Path.Combine(data, "outbox"));
        Directory.CreateDirectory(Path.Combine(data, "objects", "transcripts"));
        _drainEnds = new FileSystemWatcher(Path.Combine(data, "outbox"), "checkpoint") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        _drainEnds.Renamed += (_, _) => Write(Stamp("drain-end"));
        _drainEnds.Created += (_, _) => Write(Stamp("drain-end"));
        _drainEnds.Changed += (_, _) => Write(Stamp("drain-end"));
        _drainEnds.EnableRaisingEvents = true;
        _drainAppends = new FileSystemWatcher(Path.Combine(data, "objects", "transcripts")) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName, InternalBufferSize = 64 * 1024 };
        _drainAppends.Changed += (_, _) => Write(Stamp("drain-append"));
        _drainAppends.Created += (_, _) => Write(Stamp("drain-append"));
        _drainAppends.EnableRaisingEvents = true;

        // The local store's journal: a new file means the one before it was closed and its checkpoint (its objects
        // written into their files and synced) begins; the old file's deletion ends it.
        var journal = Path.Combine(data, "objects-journal");
        Directory.CreateDirectory(journal);
        _journalFiles = new FileSystemWatcher(journal, "*.wal") { NotifyFilter = NotifyFilters.FileName };
        _journalFiles.Created += (_, _) => Write(Stamp("checkpoint-start"));
        _journalFiles.Deleted += (_, _) => Write(Stamp("checkpoint-end"));
        _journalFiles.EnableRaisingEvents = true;
    }

    private static string Stamp(string kind) => string.Create(CultureInfo.InvariantCulture, $"{kind},{DateTime.UtcNow.Ticks}");

    private sealed class ProbeListener(Action<string> write) : EventListener
    {
        private long _suspendedAt;
        private long _suspendEnded;
        private long _gcEnded;
        private int _generation = -1;
        private long _promoted0;
        private long _promoted1;
        private long _budget;
        private int _heaps;

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC (0x1) and thread-pool (0x10000) events.
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x10001);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            switch (e.EventName)
            {
                case "GCSuspendEEBegin_V1":
                    _suspendedAt = e.TimeStamp.Ticks;
                    break;
                case "GCSuspendEEEnd_V1":
                    _suspendEnded = e.TimeStamp.Ticks;
                    break;
                case "GCStart_V2":
                    _generation = Convert.ToInt32(e.Payload![1], CultureInfo.InvariantCulture);
                    break;
                case "GCEnd_V1":
                    _gcEnded = e.TimeStamp.Ticks;
                    break;
                case "GCHeapStats_V2":
                    _promoted0 = Convert.ToInt64(e.Payload![1], CultureInfo.InvariantCulture);
                    _promoted1 = Convert.ToInt64(e.Payload[3], CultureInfo.InvariantCulture);
                    break;
                case "GCGlobalHeapHistory_V2" or "GCGlobalHeapHistory_V3" or "GCGlobalHeapHistory_V4":
                    _budget = Convert.ToInt64(e.Payload![0], CultureInfo.InvariantCulture);
                    _heaps = Convert.ToInt32(e.Payload[1], CultureInfo.InvariantCulture);
                    break;
                case "GCRestartEEEnd_V1" when _suspendedAt != 0:
                    // Pause start, end and generation; then the suspension's end, the GC's own end, bytes promoted out
                    // of gen0 and gen1, the gen0 budget the GC set for the next round and the heap count.
                    write(string.Create(CultureInfo.InvariantCulture, $"gc,{_suspendedAt},{e.TimeStamp.Ticks},{_generation},{_suspendEnded},{_gcEnded},{_promoted0},{_promoted1},{_budget},{_heaps}"));
                    _suspendedAt = 0;
                    _generation = -1;
                    break;
                case "ThreadPoolWorkerThreadAdjustmentAdjustment":
                    write(string.Create(CultureInfo.InvariantCulture, $"tp,{e.TimeStamp.Ticks},{e.Payload![1]},{e.Payload[2]}"));
                    break;
            }
        }
    }
}
