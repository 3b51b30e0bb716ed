using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

[Slow]
public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task A_token_for_one_conversation_can_neither_read_nor_write_another()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (tokenA, _) = await StartAsync(dl);
        var (tokenB, conversationB) = await StartAsync(dl);
        var (_, before) = await dl.GetActivitiesAsync(tokenB, conversationB);

        var (read, readError) = await dl.GetActivitiesAsync(tokenA, conversationB);
        var (write, _) = await dl.PostMessageAsync(tokenA, conversationB, "hello", "intruder");
        var (reconnect, _) = await dl.ReconnectAsync(tokenA, conversationB);
        var (_, after) = await dl.GetActivitiesAsync(tokenB, conversationB);

        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Equal("Forbidden", (string)readError!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, write);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect);
        Assert.Equal(before!["activities"]!.AsArray().Count, after!["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task Missing_forged_and_tampered_tokens_are_refused()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var parts = token.Split('.');
        var tampered = parts[0] + "." + parts[1][..^2] + (parts[1][^2] == 'A' ? "B" : "A") + parts[1][^1] + "." + parts[2];

        var (none, noneError) = await dl.GetActivitiesAsync(bearer: null!, conversationId);
        var (forged, _) = await dl.GetActivitiesAsync("dl1.eyJDIjoiYSJ9.AAAA", conversationId);
        var (changed, _) = await dl.GetActivitiesAsync(tampered, conversationId);
        var (asSecret, _) = await dl.GenerateAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, none);
        Assert.NotNull(noneError!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Equal(HttpStatusCode.Forbidden, changed);
        Assert.Equal(HttpStatusCode.Forbidden, asSecret);
    }

    [Fact]
    public async Task Refreshed_token_works_and_tokens_outlive_the_15_minute_refresh_timer_but_then_expire()
    {
        var clock = new ManualClock();
        await using var bot = await RunningBot.StartAsync(Settings(), services => services.AddSingleton<TimeProvider>(clock));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);

        clock.Advance(TimeSpan.FromMinutes(16));
        var (stillValid, _) = await dl.GetActivitiesAsync(token, conversationId);
        var (refreshed, fresh) = await dl.RefreshAsync(token);
        Assert.Equal(HttpStatusCode.OK, stillValid);
        Assert.Equal(HttpStatusCode.OK, refreshed);
        var newToken = (string)fresh!["token"]!;
        Assert.NotEqual(token, newToken);
        Assert.Equal(conversationId, (string)fresh["conversationId"]!);
        Assert.True((int)fresh["expires_in"]! >= 20 * 60);

        clock.Advance(TimeSpan.FromMinutes(16));
        var (expired, expiredError) = await dl.GetActivitiesAsync(token, conversationId);
        var (refreshExpired, _) = await dl.RefreshAsync(token);
        var (withNew, _) = await dl.PostMessageAsync(newToken, conversationId, "English", "after-refresh");

        Assert.Equal(HttpStatusCode.Forbidden, expired);
        Assert.Equal("TokenExpired", (string)expiredError!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, refreshExpired);
        Assert.Equal(HttpStatusCode.OK, withNew);
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten_and_then_answers_404()
    {
        var clock = new ManualClock();
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:IdleTimeout", "00:05:00")), services => services.AddSingleton<TimeProvider>(clock));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);

        clock.Advance(TimeSpan.FromMinutes(4));
        var (active, _) = await dl.GetActivitiesAsync(token, conversationId);
        clock.Advance(TimeSpan.FromMinutes(4));
        var (stillActive, _) = await dl.GetActivitiesAsync(token, conversationId);
        clock.Advance(TimeSpan.FromMinutes(6));
        var (gone, goneError) = await dl.GetActivitiesAsync(token, conversationId);
        var (post, _) = await dl.PostMessageAsync(token, conversationId, "hello", "late");

        Assert.Equal(HttpStatusCode.OK, active);
        Assert.Equal(HttpStatusCode.OK, stillActive);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal("NotFound", (string)goneError!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.NotFound, post);
    }

    [Fact]
    public async Task Without_a_configured_secret_no_bearer_value_generates_tokens()
    {
        await using var bot = await RunningBot.StartAsync();
        var dl = new DirectLineHttp(bot.Http);

        var (empty, _) = await dl.GenerateAsync(string.Empty);
        var (guess, _) = await dl.GenerateAsync(Secret);
        var (start, _) = await dl.StartAsync(Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, empty);
        Assert.Equal(HttpStatusCode.Forbidden, guess);
        Assert.Equal(HttpStatusCode.Forbidden, start);
    }

    [Fact]
    public async Task A_full_store_refuses_new_conversations_with_503_and_keeps_the_open_ones()
    {
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:MaxConversations", "1")));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);

        var (refused, error) = await dl.StartAsync(Secret);
        var (open, _) = await dl.GetActivitiesAsync(token, conversationId);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused);
        Assert.Equal("ServiceUnavailable", (string)error!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.OK, open);
    }

    [Fact]
    public async Task A_too_short_token_lifetime_stops_the_bot_at_start_up()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningBot.StartAsync(Settings(("DirectLine:TokenLifetime", "00:10:00"))));

        Assert.Contains("DirectLine:TokenLifetime", failure.Message, StringComparison.Ordinal);
    }
}
