namespace ReportBot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to process-wide ActivitySources and Meters, so an app started by another test at the
/// same time would leak its spans into this collection's exporters. These tests run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryIsolation
{
    public const string Name = "Telemetry (runs alone)";
}
