namespace ReportBot.Bot.Telemetry;

/// <summary>
/// A channel id that may appear as the <c>reportbot.channel</c> metric dimension. Each channel registers its own
/// (see <see cref="TelemetryRegistration.AddMetricChannels"/>); any other id is counted as <c>other</c>.
/// </summary>
public sealed record MetricChannel(string ChannelId);
