using System.Diagnostics;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ReportBot.Bot.Telemetry;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Telemetry;

/// <summary>
/// Runs real turns through the whole app with the production telemetry pipeline (instrumentation, scrubbing
/// processors, meters), only the Application Insights exporter swapped for an in-memory one.
/// </summary>
[Collection(TelemetryIsolation.Name)]
[Slow]
public sealed class TelemetryPrivacyTests
{
    private const string MessageText = "telemetry-probe: he filmed me at the station, call me on 010-2345-6789";
    private const string UserId = "survivor-raw-id-48213";
    private const string ConversationId = "conv-PRIVATE-91377";
    private const string ForwardedClientIp = "203.0.113.77";
    private const string UserAgentMarker = "ProbeBrowser/7.7-UA-MARKER";
    private const string QuerySecret = "QUERYSECRET5521";

    private static readonly Dictionary<string, string?> TelemetryOn = new()
    {
        [TelemetrySettings.ConnectionStringVariable] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",

        // As on App Service, where the platform's front end forwards the client's address.
        ["FORWARDEDHEADERS_ENABLED"] = "true",
    };

    [Fact]
    public async Task A_turn_exports_request_dependency_and_metric_telemetry_without_text_ids_or_addresses()
    {
        var exported = new CollectingTelemetryExporters();
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelemetryOn, services => services.AddSingleton<ITelemetryExporters>(exported));

        using var response = await PostTurnAsync(bot, new Uri(channel.ServiceUrl));
        response.EnsureSuccessStatusCode();
        await WaitUntilAsync(() => channel.ReceivedPaths.Any(p => p.Contains(ConversationId, StringComparison.Ordinal)));
        await WaitUntilAsync(() => exported.Spans.Any(IsBotRequest));
        Flush(bot.Services);

        // The telemetry is useful: the request, the reply to the channel and the turn metrics are there...
        var request = exported.Spans.First(IsBotRequest);
        Assert.Equal("/api/messages", request.Tags["url.path"]);
        Assert.Contains(exported.Spans, s => s.Kind == ActivityKind.Client
            && s.Tags.GetValueOrDefault("url.full") is { } url && url.Contains("/v3/conversations/{id}/activities", StringComparison.Ordinal));
        Assert.Contains(exported.MetricPoints, m => m.StartsWith("reportbot.turns ", StringComparison.Ordinal) && m.Contains("reportbot.channel=test", StringComparison.Ordinal));
        Assert.Contains(exported.MetricPoints, m => m.StartsWith("reportbot.turn.duration ", StringComparison.Ordinal));

        // ...and none of it points at the survivor.
        var everything = exported.Everything;
        Assert.DoesNotContain("telemetry-probe", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("010-2345-6789", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(UserId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConversationId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ForwardedClientIp, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("::1", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(UserAgentMarker, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(QuerySecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("client.address", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exported_logs_keep_the_exception_type_but_not_its_message_nor_address_attributes()
    {
        var exported = new CollectingTelemetryExporters();
        await using var bot = await RunningBot.StartAsync(TelemetryOn, services => services.AddSingleton<ITelemetryExporters>(exported));
        var logger = bot.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Probe");

        // A library exception quoting input, and a structured value under a name the scrubber drops.
        var failure = new FormatException("could not parse '" + MessageText + "'");
        logger.LogError(failure, "Probe failed for {client.address} on {Channel}", ForwardedClientIp, "kakao");
        Flush(bot.Services);

        var record = Assert.Single(exported.LogRecords, r => r.StartsWith("ReportBot.Probe ", StringComparison.Ordinal));
        Assert.Contains("exception.type=System.FormatException", record, StringComparison.Ordinal);
        Assert.Contains("Channel=kakao", record, StringComparison.Ordinal);
        Assert.DoesNotContain("telemetry-probe", record, StringComparison.Ordinal);
        Assert.DoesNotContain(ForwardedClientIp, record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_connection_string_no_telemetry_pipeline_runs()
    {
        await using var bot = await RunningBot.StartAsync();

        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<ITelemetryExporters>());

        // The product metrics still exist (cheap when nobody listens) so features can record without checking.
        Assert.NotNull(bot.Services.GetService<ReportBotMetrics>());
    }

    private static bool IsBotRequest(CollectingTelemetryExporters.ExportedSpan span) =>
        span.Kind == ActivityKind.Server && span.Tags.GetValueOrDefault("url.path") == "/api/messages";

    private static Task<HttpResponseMessage> PostTurnAsync(RunningBot bot, Uri serviceUrl)
    {
        var activity = new Microsoft.Bot.Schema.Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = serviceUrl.ToString(),
            From = new ChannelAccount(UserId, name: UserId),
            Recipient = new ChannelAccount("reportbot"),
            Conversation = new ConversationAccount(id: ConversationId),
            Text = MessageText,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/messages?session={QuerySecret}&user={UserId}")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgentMarker);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", ForwardedClientIp);
        return bot.Http.SendAsync(request);
    }

    private static void Flush(IServiceProvider services)
    {
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        services.GetService<LoggerProvider>()?.ForceFlush();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the turn's telemetry.");
            await Task.Delay(50);
        }
    }
}
