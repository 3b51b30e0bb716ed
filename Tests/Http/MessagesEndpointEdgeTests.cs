using Activity = Microsoft.Bot.Schema.Activity;
using Process = System.Diagnostics.Process;
using ProcessStartInfo = System.Diagnostics.ProcessStartInfo;
using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

[Slow]
public sealed class MessagesEndpointEdgeTests
{
    private static readonly Dictionary<string, string?> WithAuthentication = new()
    {
        ["MicrosoftAppId"] = "6f1c4d5e-0a3b-4c2d-9e8f-7a6b5c4d3e2f",
        ["MicrosoftAppPassword"] = "test-only-not-a-real-secret",
    };

    [Fact]
    public async Task With_credentials_configured_a_request_without_a_token_is_refused_with_401()
    {
        await using var bot = await RunningBot.StartAsync(WithAuthentication);

        using var response = await bot.PostActivityAsync(Message("c-auth", "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_credentials_configured_a_forged_token_is_refused_with_401()
    {
        await using var bot = await RunningBot.StartAsync(WithAuthentication);

        using var response = await bot.PostActivityAsync(Message("c-auth", "hello"), bearer: "eyJhbGciOiJub25lIn0.eyJpc3MiOiJtZSJ9.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_credentials_the_bot_runs_open_and_says_so_once_at_start_up()
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.PostActivityAsync(Message("c-open", "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Logs.Lines, l => l.Contains("authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_message_gets_a_clear_answer_over_http()
    {
        await using var bot = await RunningBot.StartAsync();
        await bot.SendAsync("c-empty", "hello");

        var replies = await bot.SendAsync("c-empty", string.Empty);

        Assert.Equal("Your message arrived without any text. Whenever you're ready, please type it.", replies[0].Text);
    }

    [Fact]
    public async Task A_ten_thousand_character_message_gets_a_clear_answer_over_http_and_is_not_logged()
    {
        await using var bot = await RunningBot.StartAsync();
        await bot.SendAsync("c-long", "안녕하세요");
        var text = string.Concat(Enumerable.Repeat("비밀스러운이야기", 1250));

        var replies = await bot.SendAsync("c-long", text);

        Assert.StartsWith("메시지가 한 번에 받을 수 있는 길이보다 길어요(10,000자", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("비밀스러운", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.PostActivityAsync(Message("c-huge", new string('x', 600_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_quietly()
    {
        await using var bot = await RunningBot.StartAsync();
        var activity = Message("c-unknown", "ignored");
        activity.Type = "somethingNew";

        using var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\":[]", (await response.Content.ReadAsStringAsync()).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_app_with_a_message_naming_it()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(new Dictionary<string, string?> { ["Conversation:MaxMessageChars"] = "5" }));

        Assert.Contains("Conversation:MaxMessageChars", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_process_exits_with_a_readable_message_for_a_bad_setting()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ReportBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--environment", "Development", "--MicrosoftAppType=SingleTenant"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var message = await stderr;
        Assert.Contains("'MicrosoftAppId' is required", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1/unused",
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("reportbot"),
        Conversation = new ConversationAccount(id: conversationId),
        Text = text,
    };
}
