using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.DirectLine;

[Slow]
public sealed class DirectLineConversationTests
{
    internal const string Secret = "test-secret-0123456789-abcdefghijklmnop";

    [Fact]
    public async Task Started_conversation_greets_first_then_echoes_the_message_and_answers_in_Korean_without_repeating_anything()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);

        var (generated, issued) = await dl.GenerateAsync(Secret);
        Assert.Equal(HttpStatusCode.OK, generated);
        var token = (string)issued!["token"]!;
        var conversationId = (string)issued["conversationId"]!;

        var (started, conversation) = await dl.StartAsync(token);
        Assert.Equal(HttpStatusCode.Created, started);
        Assert.Equal(conversationId, (string)conversation!["conversationId"]!);
        Assert.True((int)conversation["expires_in"]! > 15 * 60, "tokens must outlive Web Chat's 15-minute refresh timer");
        Assert.False(string.IsNullOrEmpty((string?)conversation["token"]));

        // The survivor is greeted before typing anything, in the language the client started the conversation with
        // (its locale), with the menu and no language question.
        var (polled, greeting) = await dl.GetActivitiesAsync(token, conversationId, watermark: "");
        Assert.Equal(HttpStatusCode.OK, polled);
        var greetings = greeting!["activities"]!.AsArray();
        Assert.NotEmpty(greetings);
        Assert.Equal(System.Text.Json.JsonValueKind.String, greeting["watermark"]!.GetValueKind());
        Assert.All(greetings, a =>
        {
            Assert.Equal("message", (string)a!["type"]!);
            Assert.Equal("bot", (string)a["from"]!["role"]!);
            Assert.Equal("directline", (string)a["channelId"]!);
            Assert.Equal(conversationId, (string)a["conversation"]!["id"]!);
            Assert.False(string.IsNullOrEmpty((string?)a["id"]));
            Assert.True(DateTimeOffset.TryParse((string?)a["timestamp"], out _));
        });
        Assert.Contains(greetings, a => ((string)a!["text"]!).Contains(Catalog.Ko(MenuText.Prompt), StringComparison.Ordinal));
        Assert.DoesNotContain(greetings, a => ((string)a!["text"]!).Contains("어떤 언어로", StringComparison.Ordinal));
        var watermark = (string)greeting["watermark"]!;

        var (posted, ack) = await dl.PostMessageAsync(token, conversationId, "한국어로 할게요", "client-1");
        Assert.Equal(HttpStatusCode.OK, posted);
        var userActivityId = (string)ack!["id"]!;
        Assert.NotEqual("client-chosen-id", userActivityId);

        var (_, next) = await dl.GetActivitiesAsync(token, conversationId, watermark);
        var after = next!["activities"]!.AsArray();
        var echo = after[0]!;
        Assert.Equal(userActivityId, (string)echo["id"]!);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal("directline", (string)echo["channelId"]!);
        Assert.NotEqual("r_webchat", (string)echo["from"]!["id"]!);
        Assert.NotEqual("2001-01-01T00:00:00Z", (string)echo["timestamp"]!);
        Assert.Equal("한국어로 할게요", (string)echo["text"]!);
        Assert.Contains(after.Skip(1), a => ((string)a!["text"]!).Contains(Catalog.Ko(WelcomeText.LanguageSet), StringComparison.Ordinal));

        // Polling again with the returned watermark delivers nothing twice.
        var (_, empty) = await dl.GetActivitiesAsync(token, conversationId, (string)next["watermark"]!);
        Assert.Empty(empty!["activities"]!.AsArray());
        Assert.Equal((string)next["watermark"]!, (string)empty["watermark"]!);

        var everyId = greetings.Concat(after).Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(everyId.Count, everyId.Distinct().Count());
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_answers_200_without_a_second_greeting()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (_, issued) = await dl.GenerateAsync(Secret);
        var token = (string)issued!["token"]!;
        var conversationId = (string)issued["conversationId"]!;

        var (first, _) = await dl.StartAsync(token);
        var (_, before) = await dl.GetActivitiesAsync(token, conversationId);
        var (second, again) = await dl.StartAsync(token);
        var (_, afterwards) = await dl.GetActivitiesAsync(token, conversationId);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(conversationId, (string)again!["conversationId"]!);
        Assert.Equal(before!["activities"]!.AsArray().Count, afterwards!["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_clientActivityID_is_taken_once()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);

        var (_, first) = await dl.PostMessageAsync(token, conversationId, "English please", "same-client-id");
        var (_, retry) = await dl.PostMessageAsync(token, conversationId, "English please", "same-client-id");
        var (_, all) = await dl.GetActivitiesAsync(token, conversationId);

        Assert.Equal((string)first!["id"]!, (string)retry!["id"]!);
        var activities = all!["activities"]!.AsArray();
        Assert.Single(activities, a => (string?)a!["channelData"]?["clientActivityID"] == "same-client-id");
        Assert.Single(activities, a => ((string?)a!["text"] ?? string.Empty).Contains(Catalog.En(WelcomeText.LanguageSet), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_proactive_message_reaches_the_conversation_and_the_next_poll()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var (_, seen) = await dl.GetActivitiesAsync(token, conversationId);

        var adapter = bot.Services.GetRequiredService<DirectLineAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = DirectLineAdapter.ServiceUrl,
            Conversation = new ConversationAccount(id: conversationId),
            Bot = DirectLineAdapter.BotAccount,
        };
        await adapter.ContinueConversationAsync(string.Empty, reference, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("counsellor: hello"), ct), CancellationToken.None);

        var (_, next) = await dl.GetActivitiesAsync(token, conversationId, (string)seen!["watermark"]!);
        var pushed = Assert.Single(next!["activities"]!.AsArray());
        Assert.Equal("counsellor: hello", (string)pushed!["text"]!);
        Assert.Equal("bot", (string)pushed["from"]!["role"]!);
    }

    [Fact]
    public async Task A_proactive_message_to_a_conversation_that_is_gone_fails_loudly()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var adapter = bot.Services.GetRequiredService<DirectLineAdapter>();
        var reference = new ConversationReference { Conversation = new ConversationAccount(id: "never-started"), ServiceUrl = DirectLineAdapter.ServiceUrl };

        await Assert.ThrowsAsync<DirectLineConversationNotFoundException>(() =>
            adapter.ContinueConversationAsync(string.Empty, reference, (turn, ct) => turn.SendActivityAsync("x", cancellationToken: ct), CancellationToken.None));
    }

    [Fact]
    public async Task Neither_the_message_text_nor_the_conversation_id_reaches_the_logs()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        await dl.PostMessageAsync(token, conversationId, "그 사람이 제 사진을 올렸어요", "c-log");
        await dl.GetActivitiesAsync("dl1.forged.token", conversationId);

        Assert.DoesNotContain("사진을 올렸어요", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(conversationId, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token, bot.Logs.All, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    internal static async Task<(string Token, string ConversationId)> StartAsync(DirectLineHttp dl)
    {
        var (status, conversation) = await dl.StartAsync(Secret);
        Assert.Equal(HttpStatusCode.Created, status);
        return ((string)conversation!["token"]!, (string)conversation["conversationId"]!);
    }
}
