namespace ReportBot.Bot.Telemetry;

/// <summary>
/// The seam through which the handoff queue reports its length to the <c>reportbot.handoff.queue.length</c> gauge.
/// The handoff feature registers its own implementation; until then the gauge reports nothing.
/// </summary>
public interface IHandoffQueueLengthSource
{
    /// <summary>The number of survivors waiting for a counsellor, or null when unknown. Called on the metrics thread: return a cached value, do no I/O.</summary>
    long? CurrentLength { get; }
}
