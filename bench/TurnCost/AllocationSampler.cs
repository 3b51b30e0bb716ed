using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ReportBot.Benchmarks.TurnCost;

/// <summary>
/// The runtime's allocation sampling in this process (an event about every 100 KB allocated, naming the type of the
/// object that crossed the mark): which types the allocated bytes of a turn are mostly made of.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public bool Enabled { get; set; }

    public IReadOnlyList<(string Type, long Bytes)> Top(int count) =>
        _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value)).ToList();

    public long Total => _bytes.Values.Sum();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Enabled || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var typeAt = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var amountAt = eventData.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        var type = eventData.Payload[typeAt] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
