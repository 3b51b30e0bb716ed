using OpenTelemetry;
using OpenTelemetry.Logs;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// The log counterpart of <see cref="SpanScrubbingProcessor"/>: drops or templates attributes by the same rules
/// and replaces an attached exception by its type name, because exception messages can quote what a survivor wrote.
/// </summary>
public sealed class LogScrubbingProcessor : BaseProcessor<LogRecord>
{
    /// <summary>The attribute that carries an exception's type once the exception itself is removed.</summary>
    public const string ExceptionTypeKey = "exception.type";

    public override void OnEnd(LogRecord data)
    {
        var attributes = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in data.Attributes ?? [])
        {
            var redacted = TelemetryRedaction.Redact(key, value);
            if (redacted is not null)
            {
                attributes.Add(new(key, redacted));
            }
        }

        if (data.Exception is { } exception)
        {
            attributes.Add(new(ExceptionTypeKey, exception.GetType().FullName));
            data.Exception = null;
        }

        data.Attributes = attributes;
    }
}
