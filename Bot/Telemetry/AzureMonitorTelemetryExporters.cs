using System.Diagnostics;
using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Sends telemetry to Application Insights. The exporters are built here, rather than through the Azure Monitor
/// "distro" (<c>UseAzureMonitor</c>), so that ReportBot decides the processor order (scrubbing first) and Live
/// Metrics, which streams raw request samples, stays off.
/// </summary>
public sealed class AzureMonitorTelemetryExporters(TelemetrySettings settings) : ITelemetryExporters
{
    public BaseProcessor<Activity> CreateSpanExportProcessor() =>
        new BatchActivityExportProcessor(new AzureMonitorTraceExporter(CreateOptions()));

    public MetricReader CreateMetricReader() =>
        new PeriodicExportingMetricReader(new AzureMonitorMetricExporter(CreateOptions()), exportIntervalMilliseconds: 60_000)
        {
            TemporalityPreference = MetricReaderTemporalityPreference.Delta,
        };

    public BaseProcessor<LogRecord> CreateLogExportProcessor() =>
        new BatchLogRecordExportProcessor(new AzureMonitorLogExporter(CreateOptions()));

    private AzureMonitorExporterOptions CreateOptions()
    {
        var options = new AzureMonitorExporterOptions
        {
            ConnectionString = settings.ConnectionString,

            // Offline storage would write telemetry to the instance's disk when ingestion is unreachable; the
            // telemetry is scrubbed, but nothing needs to persist, so keep the disk clean.
            DisableOfflineStorage = true,
        };

        // With local authentication disabled on the Application Insights resource, ingestion needs an Entra token:
        // the app's user-assigned managed identity, named by its client id.
        if (!string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId))
        {
            options.Credential = CreateCredential(settings.ManagedIdentityClientId);
        }

        return options;
    }

    private static TokenCredential CreateCredential(string clientId) =>
        new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}
