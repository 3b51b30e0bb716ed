using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Pages.WebChat;

[Slow]
public sealed partial class WebChatPageHttpTests
{
    [Fact]
    public async Task Page_allows_only_its_own_origin_sends_no_referrer_and_cannot_be_framed_by_default()
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));

        // Every script and stylesheet comes from the bot itself: no CDN, nothing inline that runs.
        var sources = ScriptOrStyleSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.Contains("/lib/webchat.js", sources);
        Assert.All(sources.Where(src => src != "data:,"), src => Assert.StartsWith("/", src, StringComparison.Ordinal));
        Assert.All(ScriptTag().Matches(html).Select(m => m.Value), tag => Assert.True(tag.Contains("src=", StringComparison.Ordinal) || tag.Contains("application/json", StringComparison.Ordinal), tag));
    }

    [Fact]
    public async Task Configured_origins_may_frame_the_page()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:FrameAncestors:0"] = "https://help.example.org",
            ["WebChat:FrameAncestors:1"] = "https://www.example.kr",
        });

        using var response = await bot.Http.GetAsync("/");

        Assert.Contains("frame-ancestors https://help.example.org https://www.example.kr", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("WebChat:FrameAncestors:0", "https://*.example.org")]
    [InlineData("WebChat:FrameAncestors:0", "https://example.org/path; script-src *")]
    [InlineData("WebChat:QuickExitUrl", "javascript:alert(1)")]
    public async Task Unsafe_page_settings_stop_the_bot_at_start_up(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningBot.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[0] + ":" + key.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_language_follows_the_browser_and_the_lang_parameter()
    {
        await using var bot = await RunningBot.StartAsync();

        var korean = await GetPageAsync(bot, "/", "ko-KR,ko;q=0.9,en;q=0.5");
        var english = await GetPageAsync(bot, "/", "en-US,en;q=0.9");
        var asked = await GetPageAsync(bot, "/?lang=en", "ko-KR");
        var unknown = await GetPageAsync(bot, "/", "fr-FR");

        Assert.Contains("<html lang=\"ko\">", korean, StringComparison.Ordinal);
        Assert.Contains("빠른 나가기", korean, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Quick exit", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", asked, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ko\">", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_endpoint_answers_a_conversation_token_that_works_and_no_secret()
    {
        await using var bot = await RunningBot.StartAsync(DirectLineConversationTests.Settings());

        using var response = await bot.Http.PostAsync("/api/webchat/token", null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["conversationId", "token", "expires_in"], body.Select(p => p.Key));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.DoesNotContain(DirectLineConversationTests.Secret, body.ToJsonString(), StringComparison.Ordinal);
        var dl = new DirectLineHttp(bot.Http);
        var (started, conversation) = await dl.StartAsync((string)body["token"]!);
        Assert.Equal(HttpStatusCode.Created, started);
        Assert.Equal((string)body["conversationId"]!, (string)conversation!["conversationId"]!);
    }

    [Fact]
    public async Task Starting_many_conversations_from_one_client_is_slowed_down()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:ConversationStartsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await bot.Http.PostAsync("/api/webchat/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("rate-limited", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("127.0.0.1", StringComparison.Ordinal) && !line.Contains("Now listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_Chat_bundle_and_page_script_are_served_by_the_bot_with_nosniff()
    {
        await using var bot = await RunningBot.StartAsync();

        using var bundle = await bot.Http.GetAsync("/lib/webchat.js");
        using var script = await bot.Http.GetAsync("/webchat/app.js");
        using var nothingElse = await bot.Http.GetAsync("/appsettings.json");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
        Assert.Equal("nosniff", Header(bundle, "X-Content-Type-Options"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("location.replace", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nothingElse.StatusCode);
    }

    [Fact]
    public async Task Web_Chat_bundle_is_sent_gzip_compressed_to_browsers_that_accept_it_and_unchanged()
    {
        await using var bot = await RunningBot.StartAsync();
        using var plain = await bot.Http.GetAsync("/lib/webchat.js");
        var original = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat.js");
        request.Headers.Add("Accept-Encoding", "gzip, deflate, br");
        using var compressed = await bot.Http.SendAsync(request);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        await using var gunzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        await gunzip.CopyToAsync(inflated);

        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.True(body.Length < original.Length / 2, $"{body.Length} bytes compressed of {original.Length}");
        Assert.Equal(original, inflated.ToArray());
        Assert.Equal("nosniff", Header(compressed, "X-Content-Type-Options"));
    }

    private static async Task<string> GetPageAsync(RunningBot bot, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", acceptLanguage);
        using var response = await bot.Http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;

    [GeneratedRegex("<(?:script|link)[^>]*(?:src|href)=\"(?<src>[^\"]+)\"[^>]*>")]
    private static partial Regex ScriptOrStyleSource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
