using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

/// <summary>The bearer check every Direct Line route shares (one endpoint filter): the same refusals on every route.</summary>
[Slow]
public sealed class DirectLineAuthorizationTests
{
    private const string ConversationId = "conversation-of-someone-else";

    private static readonly (HttpMethod Method, string Path)[] BearerRoutes =
    [
        (HttpMethod.Post, "/v3/directline/tokens/generate"),
        (HttpMethod.Post, "/v3/directline/tokens/refresh"),
        (HttpMethod.Post, "/v3/directline/conversations"),
        (HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}"),
        (HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities"),
        (HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities"),
    ];

    [Fact]
    public async Task Every_bearer_route_answers_a_caller_without_one_with_401_the_protocol_error_and_no_caching()
    {
        await using var bot = await RunningBot.StartAsync(Settings());

        foreach (var (method, path) in BearerRoutes)
        {
            using var response = await SendAsync(bot, method, path, bearer: null);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("MissingAuthorization", (string?)body["error"]!["code"]);
            Assert.Equal("Send 'Authorization: Bearer <token or secret>'.", (string?)body["error"]!["message"]);
            Assert.True(response.Headers.CacheControl?.NoStore, path);
        }
    }

    [Fact]
    public async Task A_valid_token_of_another_conversation_is_refused_on_every_route_that_names_a_conversation_and_nothing_is_posted()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var (token, own) = await StartAsync(new DirectLineHttp(bot.Http));

        foreach (var (method, path) in BearerRoutes.Where(r => r.Path.Contains(ConversationId, StringComparison.Ordinal)))
        {
            using var response = await SendAsync(bot, method, path, token);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("Forbidden", (string?)body["error"]!["code"]);
        }

        // The same token still works for its own conversation: the filter hands the handler the right caller.
        using var ownRead = await SendAsync(bot, HttpMethod.Get, $"/v3/directline/conversations/{own}/activities", token);
        Assert.Equal(HttpStatusCode.OK, ownRead.StatusCode);
    }

    [Fact]
    public async Task The_secret_may_generate_a_token_but_not_refresh_itself_and_a_token_may_refresh_but_not_generate()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var (token, _) = await StartAsync(new DirectLineHttp(bot.Http));

        using var generated = await SendAsync(bot, HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        using var secretRefresh = await SendAsync(bot, HttpMethod.Post, "/v3/directline/tokens/refresh", Secret);
        using var tokenRefresh = await SendAsync(bot, HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        using var tokenGenerate = await SendAsync(bot, HttpMethod.Post, "/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, secretRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tokenGenerate.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningBot bot, HttpMethod method, string path, string? bearer)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("""{"type":"message","text":"hello"}""", Encoding.UTF8, "application/json");
        }

        return await bot.Http.SendAsync(request);
    }
}
