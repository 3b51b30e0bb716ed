using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Telemetry;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Telemetry;

public sealed class TelemetryRedactionTests
{
    [Theory]
    [InlineData("/v3/directline/conversations/8fKq2LzT1aB-us/activities", "/v3/directline/conversations/{id}/activities")]
    [InlineData("/v3/directline/conversations/abcdef/stream?watermark=3&t=tok", "/v3/directline/conversations/{id}/stream")]
    [InlineData("/v3/conversations/a:1Xyz_92/activities/9b1c", "/v3/conversations/{id}/activities/{id}")]
    [InlineData("/api/kakao", "/api/kakao")]
    [InlineData("/cases/K7Q2-9MXA/transcript", "/cases/{id}/transcript")]
    [InlineData("/lib/webchat.js", "/lib/webchat.js")]
    [InlineData("/reportbot/transcripts/3f2a9c81d0/000001.json", "/reportbot/transcripts/{id}/{id}")]
    [InlineData("/v3/directline/conversations/{conversationId}/activities", "/v3/directline/conversations/{conversationId}/activities")]
    public void Paths_keep_their_shape_and_lose_their_identifiers(string path, string expected)
    {
        Assert.Equal(expected, TelemetryRedaction.TemplatePath(path));
    }

    [Theory]
    [InlineData("https://user:pw@example.org/v3/conversations/x9/activities?sig=abc#frag", "https://example.org/v3/conversations/{id}/activities")]
    [InlineData("http://127.0.0.1:5123/v3/conversations/c1/activities", "http://{ip}:5123/v3/conversations/{id}/activities")]
    [InlineData("http://[::1]:80/healthz", "http://{ip}/healthz")]
    public void Urls_lose_credentials_queries_ip_hosts_and_identifiers(string url, string expected)
    {
        Assert.Equal(expected, TelemetryRedaction.TemplateUrl(url));
    }

    [Theory]
    [InlineData("client.address")]
    [InlineData("http.client_ip")]
    [InlineData("net.peer.ip")]
    [InlineData("url.query")]
    [InlineData("user.id")]
    [InlineData("enduser.id")]
    [InlineData("http.request.header.x_forwarded_for")]
    [InlineData("user_agent.original")]
    public void Identifying_attributes_are_dropped_whatever_their_value(string key)
    {
        Assert.Null(TelemetryRedaction.Redact(key, "anything"));
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("::1")]
    [InlineData("[2001:db8::7]:443")]
    [InlineData("10.1.2.3:8080")]
    public void Any_attribute_whose_value_is_an_ip_address_is_dropped(string value)
    {
        Assert.Null(TelemetryRedaction.Redact("some.unforeseen.attribute", value));
    }

    [Theory]
    [InlineData("reportbot.azurewebsites.net")]
    [InlineData("12:30")]
    [InlineData("1.2")]
    [InlineData("POST")]
    public void Ordinary_values_are_kept(string value)
    {
        Assert.Equal(value, TelemetryRedaction.Redact("server.address", value));
    }

    [Fact]
    public void Span_names_with_paths_are_templated()
    {
        Assert.Equal("GET /v3/directline/conversations/{id}", TelemetryRedaction.TemplateDisplayName("GET /v3/directline/conversations/Zq81kLm"));
        Assert.Equal("POST /api/messages", TelemetryRedaction.TemplateDisplayName("POST /api/messages"));
    }

    [Theory]
    [InlineData("kakao", "kakao")]
    [InlineData("Telegram", "telegram")]
    [InlineData("survivor-forged-channel-123", "other")]
    [InlineData(null, "other")]
    public async Task Metric_channel_dimension_is_limited_to_known_channels(string? channelId, string expected)
    {
        // The channels register their own ids: the metrics as the app composes them.
        await using var host = new DialogTestHost();

        Assert.Equal(expected, host.Services.GetRequiredService<ReportBotMetrics>().NormaliseChannel(channelId));
    }

    [Fact]
    public async Task Every_channel_the_metrics_named_before_the_channels_registered_their_own_is_still_named()
    {
        await using var host = new DialogTestHost();
        var metrics = host.Services.GetRequiredService<ReportBotMetrics>();
        string[] channels = ["directline", "webchat", "kakao", "telegram", "line", "facebook", "slack", "sms", "msteams", "emulator", "test"];

        Assert.Equal(channels, channels.Select(metrics.NormaliseChannel));
    }
}
