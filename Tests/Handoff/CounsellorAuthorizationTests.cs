using System.Net;
using System.Net.Http.Json;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class CounsellorAuthorizationTests : IDisposable
{
    private const string SomeId = "0123456789abcdef0123456789abcdef";
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-auth-").FullName;

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/counsellor/handoffs?status=waiting" },
        { "GET", "/api/counsellor/handoffs?status=active" },
        { "POST", $"/api/counsellor/handoffs/{SomeId}/claim" },
        { "GET", $"/api/counsellor/handoffs/{SomeId}/transcript" },
        { "GET", $"/api/counsellor/handoffs/{SomeId}/messages?after=0" },
        { "POST", $"/api/counsellor/handoffs/{SomeId}/messages" },
        { "POST", $"/api/counsellor/handoffs/{SomeId}/end" },
        { "POST", "/api/counsellor/hub/negotiate?negotiateVersion=1" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_counsellor_endpoint_refuses_anonymous_and_forged_calls(string method, string path)
    {
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var forged = CounsellorAuth.IssueLocalToken("mallory", "made-up", new CounsellorAuthOptions(), new byte[32], DateTimeOffset.UtcNow).Token;
        var realKey = bot.Services.GetService(typeof(CounsellorSigningKey)) is CounsellorSigningKey key ? key.Value : [];
        var expired = CounsellorAuth.IssueLocalToken("mallory", "made-up", new CounsellorAuthOptions(), realKey, DateTimeOffset.UtcNow.AddHours(-3)).Token;

        // Signed with the real key and not expired, but no sign-in ever started that session.
        var sessionless = CounsellorAuth.IssueLocalToken("mallory", "made-up", new CounsellorAuthOptions(), realKey, DateTimeOffset.UtcNow).Token;

        foreach (var token in new[] { null, "not-a-token", forged, expired, sessionless })
        {
            var (status, _) = await CallAsync(bot, new HttpMethod(method), path, token, method == "POST" ? new { text = "hi" } : null);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        using var wrong = await bot.Http.PostAsJsonAsync("/api/counsellor/login", new { name = "mina", password = "not the password at all" });
        using var unknown = await bot.Http.PostAsJsonAsync("/api/counsellor/login", new { name = "nobody", password = Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.DoesNotContain("token", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counsellor_cannot_read_or_act_on_a_conversation_another_counsellor_claimed()
    {
        await AddCounsellorAsync(_data, "mina");
        await AddCounsellorAsync(_data, "jun");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var mina = await LoginAsync(bot, "mina");
        var jun = await LoginAsync(bot, "jun");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", mina);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-403", "상담사");
        var id = (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", jun)).Body.EnumerateArray().Single().GetProperty("id").GetString();

        // Before anyone claims it, the waiting survivor's words are no one's to read.
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", jun)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);

        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", jun)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", jun)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=0", jun)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", jun, new { text = "hello" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", jun)).Status);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=active", jun)).Body.EnumerateArray());
        Assert.Single((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=active", mina)).Body.EnumerateArray());

        var audit = await StoredAuditAsync(bot);
        Assert.DoesNotContain(audit, a => a.Contains("\"jun\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_console_is_served_with_a_strict_content_security_policy_and_no_referrer()
    {
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        using var page = await bot.Http.GetAsync("/counsellor/");
        using var strings = await bot.Http.GetAsync("/api/counsellor/strings");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var body = await strings.Content.ReadAsStringAsync();
        Assert.Contains("\"ko\"", body, StringComparison.Ordinal);
        Assert.Contains("상담 종료", body, StringComparison.Ordinal);
        Assert.Contains("End conversation", body, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
