using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Metric points cannot be edited after they are recorded, so metrics are kept safe the other way round: every
/// instrument keeps only the dimensions on this list. Addresses (<c>server.address</c> can be an IP, and so can
/// <c>client.address</c>), user agents and paths never become a metric dimension.
/// </summary>
public static class MetricTagAllowList
{
    private static readonly string[] AllowedKeys =
    [
        "reportbot.channel", "reportbot.turn.outcome",
        "http.request.method", "http.response.status_code", "http.route", "url.scheme", "error.type",
        "network.protocol.name", "network.protocol.version", "http.connection.state",
    ];

    /// <summary>The view applied to every instrument the app exports.</summary>
    public static MetricStreamConfiguration? View(Instrument instrument) => new() { TagKeys = AllowedKeys };
}
