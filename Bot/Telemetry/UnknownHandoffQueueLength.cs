namespace ReportBot.Bot.Telemetry;

/// <summary>The default <see cref="IHandoffQueueLengthSource"/> before a handoff queue exists: the length is unknown.</summary>
public sealed class UnknownHandoffQueueLength : IHandoffQueueLengthSource
{
    public long? CurrentLength => null;
}
