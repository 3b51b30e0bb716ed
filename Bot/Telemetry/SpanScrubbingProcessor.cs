using System.Diagnostics;
using OpenTelemetry;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Strips from every finished span what could identify a survivor (client addresses, headers, query strings, user
/// ids, conversation ids in paths) before any exporter sees it. It is added to the trace pipeline ahead of the
/// exporter, so the exporter only ever reads the scrubbed span.
/// </summary>
public sealed class SpanScrubbingProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        Scrub(data);
    }

    /// <summary>Scrubs one span in place.</summary>
    public static void Scrub(Activity span)
    {
        // Copy first: setting a tag while enumerating the span's tags is not allowed.
        var tags = span.TagObjects.ToList();
        foreach (var (key, value) in tags)
        {
            var redacted = TelemetryRedaction.Redact(key, value);
            if (!Equals(redacted, value))
            {
                span.SetTag(key, redacted);
            }
        }

        span.DisplayName = TelemetryRedaction.TemplateDisplayName(span.DisplayName);

        // A status description is free text (often an exception message that can quote input).
        if (!string.IsNullOrEmpty(span.StatusDescription))
        {
            span.SetStatus(span.Status, description: null);
        }
    }
}
