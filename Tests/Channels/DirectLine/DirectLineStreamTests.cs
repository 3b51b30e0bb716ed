using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

[Slow]
public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_delivers_the_greeting_then_the_echo_and_reply_of_a_posted_message_once_each()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (status, conversation) = await dl.StartAsync(Secret);
        Assert.Equal(HttpStatusCode.Created, status);
        var token = (string)conversation!["token"]!;
        var conversationId = (string)conversation["conversationId"]!;
        var streamUrl = (string)conversation["streamUrl"]!;
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream", streamUrl, StringComparison.Ordinal);

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), Timeout());
        var seen = new List<JsonNode>();
        seen.AddRange(await ReceiveUntilAsync(socket, a => ((string?)a["text"] ?? string.Empty).Contains("무엇을 도와드릴까요", StringComparison.Ordinal)));

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, Timeout());
        var (_, ack) = await dl.PostMessageAsync(token, conversationId, "한국어", "stream-1");
        seen.AddRange(await ReceiveUntilAsync(socket, a => ((string?)a["text"] ?? string.Empty).Contains("한국어로 이야기할게요", StringComparison.Ordinal)));

        var echo = Assert.Single(seen, a => (string?)a["channelData"]?["clientActivityID"] == "stream-1");
        Assert.Equal((string)ack!["id"]!, (string)echo["id"]!);
        var ids = seen.Select(a => (string)a["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_streams_only_what_came_after_it()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        var (_, greeting) = await dl.GetActivitiesAsync(token, conversationId);

        var (status, reconnect) = await dl.ReconnectAsync(token, conversationId, (string)greeting!["watermark"]!);
        Assert.Equal(HttpStatusCode.OK, status);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)reconnect!["streamUrl"]!), Timeout());
        await dl.PostMessageAsync(token, conversationId, "English", "after-watermark");
        var frames = await ReceiveUntilAsync(socket, a => ((string?)a["text"] ?? string.Empty).Contains("English from now on", StringComparison.Ordinal));

        Assert.Equal("after-watermark", (string?)frames[0]["channelData"]?["clientActivityID"]);
        Assert.DoesNotContain(frames, a => ((string?)a["text"] ?? string.Empty).Contains("저는 리포트봇이에요", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_for_another_conversation_is_refused()
    {
        await using var bot = await RunningBot.StartAsync(Settings());
        var dl = new DirectLineHttp(bot.Http);
        var (tokenA, _) = await StartAsync(dl);
        var (_, conversationB) = await StartAsync(dl);
        var url = new UriBuilder(bot.BaseAddress) { Scheme = "ws", Path = $"/v3/directline/conversations/{conversationB}/stream", Query = "t=" + Uri.EscapeDataString(tokenA) }.Uri;

        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, Timeout()));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;

    /// <summary>Reads ActivitySet frames (skipping empty keep-alives) until an activity matches; returns every activity read.</summary>
    private static async Task<List<JsonNode>> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonNode, bool> until)
    {
        var activities = new List<JsonNode>();
        var cancel = Timeout();
        while (true)
        {
            var text = await ReceiveTextAsync(socket, cancel);
            if (text.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(text)!.AsObject();
            Assert.Equal(System.Text.Json.JsonValueKind.String, set["watermark"]!.GetValueKind());
            var batch = set["activities"]!.AsArray().Select(a => a!).ToList();
            activities.AddRange(batch);
            if (batch.Any(until))
            {
                return activities;
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
