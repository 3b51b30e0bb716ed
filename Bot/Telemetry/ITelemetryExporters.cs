using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Where telemetry goes. Production sends it to Application Insights; tests swap this one service for an in-memory
/// sink and keep the rest of the pipeline (instrumentation, scrubbing processors) exactly as the app runs it.
/// </summary>
public interface ITelemetryExporters
{
    /// <summary>The processor that exports finished spans. It runs after the scrubbing processor.</summary>
    BaseProcessor<Activity> CreateSpanExportProcessor();

    /// <summary>The reader that collects and exports metrics.</summary>
    MetricReader CreateMetricReader();

    /// <summary>The processor that exports log records. It runs after the scrubbing processor.</summary>
    BaseProcessor<LogRecord> CreateLogExportProcessor();
}
