using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

[Slow]
public sealed class DirectLineBoundsTests
{
    [Fact]
    public async Task A_message_over_the_bots_limit_is_refused_with_413_and_nothing_of_it_is_kept()
    {
        await using var bot = await RunningBot.StartAsync(Settings(("Conversation:MaxMessageChars", "500")));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var (_, before) = await dl.GetActivitiesAsync(token, conversationId);

        var (status, body) = await dl.PostMessageAsync(token, conversationId, new string('가', 501), "too-long");
        var (fits, _) = await dl.PostMessageAsync(token, conversationId, new string('나', 500), "just-fits");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MessageSizeTooBig", (string)body!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.OK, fits);
        var (_, after) = await dl.GetActivitiesAsync(token, conversationId, (string)before!["watermark"]!);
        var texts = after!["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? string.Empty).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('가', StringComparison.Ordinal));
        Assert.Contains(texts, t => t == new string('나', 500));
    }

    [Fact]
    public async Task Only_text_and_the_clients_activity_id_are_kept_of_what_a_client_sends()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var (_, before) = await dl.GetActivitiesAsync(token, conversationId);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "hello",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "keep-me", ["tracking"] = new string('x', 5000) },
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "data:image/png;base64," + new string('A', 20000) }),
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "geo", ["latitude"] = 37.5665, ["longitude"] = 126.978 }),
        };

        var (status, _) = await dl.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, after) = await dl.GetActivitiesAsync(token, conversationId, (string)before!["watermark"]!);
        var echo = after!["activities"]!.AsArray().Single(a => (string?)a!["channelData"]?["clientActivityID"] == "keep-me")!;
        Assert.Equal("hello", (string)echo["text"]!);
        Assert.Null(echo["attachments"]);
        Assert.Null(echo["entities"]);
        Assert.Equal(["clientActivityID"], echo["channelData"]!.AsObject().Select(p => p.Key).ToArray());
        Assert.DoesNotContain("126.978", after.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_posting_faster_than_anyone_types_gets_429_while_another_conversation_goes_on()
    {
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:MessagesPerMinute", "5")));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var (otherToken, otherConversation) = await StartAsync(dl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            statuses.Add((await dl.PostMessageAsync(token, conversationId, "spam " + i, "spam-" + i)).Status);
        }

        var (other, _) = await dl.PostMessageAsync(otherToken, otherConversation, "English", "other-1");

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task Only_a_few_streams_may_be_open_on_one_conversation()
    {
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:MaxStreamsPerConversation", "2")));
        var dl = new DirectLineHttp(bot.Http);
        var (_, conversation) = await dl.StartAsync(Secret);
        var url = new Uri((string)conversation!["streamUrl"]!);

        using var first = new ClientWebSocket();
        using var second = new ClientWebSocket();
        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;
        await first.ConnectAsync(url, Timeout());
        await second.ConnectAsync(url, Timeout());
        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(url, Timeout()));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.HttpStatusCode);

        // A stream that ends gives its place back.
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout());
        await WaitUntilAsync(async () =>
        {
            using var attempt = new ClientWebSocket();
            try
            {
                await attempt.ConnectAsync(url, Timeout());
                await attempt.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout());
                return true;
            }
            catch (WebSocketException)
            {
                return false;
            }
        });
    }

    [Fact]
    public async Task A_stream_closes_once_its_token_has_expired_and_delivers_nothing_after()
    {
        var clock = new ManualClock();
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:IdleTimeout", "02:00:00")), services => services.AddSingleton<TimeProvider>(clock));
        var dl = new DirectLineHttp(bot.Http);
        var (_, conversation) = await dl.StartAsync(Secret);
        var token = (string)conversation!["token"]!;
        var conversationId = (string)conversation["conversationId"]!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), Timeout());
        Assert.NotEmpty(await ReceiveTextAsync(socket));

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Forbidden, (await dl.GetActivitiesAsync(token, conversationId)).Status);

        // Something happens in the conversation (a bot message) after the token expired: the stream must not carry it.
        var channel = bot.Services.GetRequiredService<ReportBot.Bot.Channels.DirectLine.IDirectLineConversationStore>();
        await channel.AppendAsync(conversationId, new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message, text: "after expiry"), null, CancellationToken.None);

        var frames = new List<string>();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                frames.Add(await ReceiveTextAsync(socket));
            }
        }
        catch (WebSocketException)
        {
        }

        Assert.NotEqual(WebSocketState.Open, socket.State);
        Assert.DoesNotContain(frames, f => f.Contains("after expiry", StringComparison.Ordinal));
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The condition never held.");
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Timeout());
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, Timeout());
                return string.Empty;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
