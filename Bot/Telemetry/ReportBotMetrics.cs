using System.Collections.Frozen;
using System.Diagnostics.Metrics;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// The product's own metrics (meter <c>ReportBot</c>). Every measurement carries at most a channel name from a fixed
/// list, never a user, conversation or message, so a metric can never point at a survivor.
/// </summary>
public sealed class ReportBotMetrics
{
    public const string MeterName = "ReportBot";

    // Channel ids come from the request; the fixed list the channels registered keeps a forged id from becoming a
    // metric dimension.
    private readonly FrozenSet<string> _knownChannels;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _crisisDetections;
    private readonly Counter<long> _handoffsRequested;
    private readonly Histogram<double> _turnDuration;

    public ReportBotMetrics(IMeterFactory meterFactory, IHandoffQueueLengthSource queueLength, IEnumerable<MetricChannel> channels)
    {
        _knownChannels = channels.Select(c => c.ChannelId).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("reportbot.turns", unit: "{turn}", description: "Turns handled, by channel.");
        _crisisDetections = meter.CreateCounter<long>("reportbot.crisis.detections", unit: "{detection}", description: "Messages that triggered the crisis response, by channel.");
        _handoffsRequested = meter.CreateCounter<long>("reportbot.handoffs.requested", unit: "{request}", description: "Requests to talk to a counsellor, by channel.");
        _turnDuration = meter.CreateHistogram<double>("reportbot.turn.duration", unit: "s", description: "Time from receiving an activity to the end of its turn.");
        meter.CreateObservableGauge(
            "reportbot.handoff.queue.length",
            () => queueLength.CurrentLength is { } length ? [new Measurement<long>(length)] : Array.Empty<Measurement<long>>(),
            unit: "{request}",
            description: "Survivors waiting for a counsellor.");
    }

    /// <summary>Records one finished turn and how long it took.</summary>
    public void TurnCompleted(string? channelId, TimeSpan duration, bool failed)
    {
        var channel = ChannelTag(channelId);
        var outcome = new KeyValuePair<string, object?>("reportbot.turn.outcome", failed ? "error" : "ok");
        _turns.Add(1, channel, outcome);
        _turnDuration.Record(duration.TotalSeconds, channel, outcome);
    }

    /// <summary>Called by the crisis interruption when it answers a message.</summary>
    public void CrisisDetected(string? channelId) => _crisisDetections.Add(1, ChannelTag(channelId));

    /// <summary>Called by the handoff feature when a survivor asks for a counsellor.</summary>
    public void HandoffRequested(string? channelId) => _handoffsRequested.Add(1, ChannelTag(channelId));

    /// <summary>The channel dimension: a known channel name, or <c>other</c>.</summary>
    public string NormaliseChannel(string? channelId) =>
        channelId is not null && _knownChannels.Contains(channelId) ? channelId.ToLowerInvariant() : "other";

    private KeyValuePair<string, object?> ChannelTag(string? channelId) => new("reportbot.channel", NormaliseChannel(channelId));
}
