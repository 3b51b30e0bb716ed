using System.Net;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

/// <summary>Per-address limits count the visitor behind a configured proxy, and only a configured proxy is believed.</summary>
[Slow]
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_known_proxy_each_visitor_has_their_own_limit()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:ConversationStartsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });

        var visitorA = await StartsAsync(bot, "203.0.113.10", 3);
        var visitorB = await StartsAsync(bot, "203.0.113.20", 2);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], visitorA);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], visitorB);
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forged_forwarded_address_changes_nothing()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:ConversationStartsPerMinute"] = "2" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await StartsAsync(bot, "198.51.100." + (i + 1), 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<List<HttpStatusCode>> StartsAsync(RunningBot bot, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, WebChatEndpoints.TokenPath) { Content = new StringContent("{}") };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await bot.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
