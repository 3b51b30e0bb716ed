using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using ReportBot.Bot.Telemetry;

namespace ReportBot.Tests.Telemetry;

/// <summary>
/// An in-memory stand-in for Application Insights: keeps a text rendering of everything the pipeline exports
/// (every span field, metric point and log attribute), so a test can search it for what must never leave.
/// </summary>
public sealed class CollectingTelemetryExporters : ITelemetryExporters
{
    public ConcurrentQueue<ExportedSpan> Spans { get; } = new();

    public ConcurrentQueue<string> MetricPoints { get; } = new();

    public ConcurrentQueue<string> LogRecords { get; } = new();

    /// <summary>Everything exported, as one text to search.</summary>
    public string Everything => string.Join('\n', Spans.Select(s => s.Rendered).Concat(MetricPoints).Concat(LogRecords));

    public BaseProcessor<Activity> CreateSpanExportProcessor() => new SimpleActivityExportProcessor(new SpanCollector(this));

    public MetricReader CreateMetricReader() =>
        new BaseExportingMetricReader(new MetricCollector(this)) { TemporalityPreference = MetricReaderTemporalityPreference.Cumulative };

    public BaseProcessor<LogRecord> CreateLogExportProcessor() => new SimpleLogRecordExportProcessor(new LogCollector(this));

    /// <summary>One exported span: its tags as the exporter saw them, and everything else rendered as text.</summary>
    public sealed record ExportedSpan(ActivityKind Kind, string DisplayName, IReadOnlyDictionary<string, string?> Tags, string Rendered);

    private sealed class SpanCollector(CollectingTelemetryExporters sink) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                var tags = span.TagObjects.ToDictionary(t => t.Key, t => Convert.ToString(t.Value, CultureInfo.InvariantCulture));
                var text = new StringBuilder();
                text.Append(span.Kind).Append(' ').Append(span.DisplayName).Append(' ').Append(span.OperationName)
                    .Append(" status=").Append(span.Status).Append(' ').Append(span.StatusDescription);
                foreach (var (key, value) in tags)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }

                foreach (var e in span.Events)
                {
                    text.Append(" event:").Append(e.Name);
                    foreach (var tag in e.Tags)
                    {
                        text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
                    }
                }

                foreach (var item in span.Baggage)
                {
                    text.Append(" baggage:").Append(item.Key).Append('=').Append(item.Value);
                }

                foreach (var resource in ParentProvider?.GetResource().Attributes ?? [])
                {
                    text.Append(" resource:").Append(resource.Key).Append('=').Append(resource.Value);
                }

                sink.Spans.Enqueue(new ExportedSpan(span.Kind, span.DisplayName, tags, text.ToString()));
            }

            return ExportResult.Success;
        }
    }

    private sealed class MetricCollector(CollectingTelemetryExporters sink) : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var text = new StringBuilder(metric.Name);
                    foreach (var tag in point.Tags)
                    {
                        text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
                    }

                    sink.MetricPoints.Enqueue(text.ToString());
                }
            }

            return ExportResult.Success;
        }
    }

    private sealed class LogCollector(CollectingTelemetryExporters sink) : BaseExporter<LogRecord>
    {
        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            // Log records are pooled and reused after export: render them now.
            foreach (var record in batch)
            {
                var text = new StringBuilder();
                text.Append(record.CategoryName).Append(' ').Append(record.LogLevel).Append(' ').Append(record.Body)
                    .Append(' ').Append(record.FormattedMessage).Append(' ').Append(record.Exception);
                foreach (var (key, value) in record.Attributes ?? [])
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }

                sink.LogRecords.Enqueue(text.ToString());
            }

            return ExportResult.Success;
        }
    }
}
