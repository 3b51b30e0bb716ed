using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Adapters;

namespace ReportBot.Tests.Adapters;

/// <summary>
/// <c>/api/messages</c> reads each activity into pooled buffers: it must read exactly what the Bot Framework's own
/// <see cref="HttpHelper.ReadRequestAsync{T}"/> read from the same body, however the body arrives.
/// </summary>
public sealed class ActivityRequestReaderTests
{
    public static TheoryData<string> Channels => new(["directline", "facebook", "line", "msteams", "slack", "telegram", "webchat"]);

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Every_recorded_channel_payload_reads_as_the_Bot_Framework_read_it(string channel)
    {
        var file = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Azure", "Payloads", channel + ".json")));
        var payloads = file.Properties().SelectMany<JProperty, JToken>(p => p.Value is JArray list ? list.Children() : [p.Value]).OfType<JObject>().ToList();
        Assert.NotEmpty(payloads);
        foreach (var payload in payloads)
        {
            var json = payload.ToString(Formatting.Indented).Replace("{{serviceUrl}}", "https://smba.trafficmanager.net/kr/", StringComparison.Ordinal).Replace("{{n}}", "7", StringComparison.Ordinal);
            await AssertSameAsync(Encoding.UTF8.GetBytes(json));
        }
    }

    [Fact]
    public async Task A_hand_made_activity_with_every_kind_of_field_reads_the_same()
    {
        await AssertSameAsync(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(ActivityCorpus.HandMade(), HttpHelper.BotMessageSerializerSettings)));
    }

    [Fact]
    public async Task A_long_korean_message_in_small_pieces_without_a_length_and_with_a_byte_order_mark_reads_the_same()
    {
        var activity = new Activity(ActivityTypes.Message, id: "m-1", channelId: "test", serviceUrl: "http://127.0.0.1/", text: string.Concat(Enumerable.Repeat("밤에 찍힌 사진이 퍼졌어요 😢 ", 2000)))
        {
            Conversation = new ConversationAccount(id: "c-1"),
            From = new ChannelAccount("u-1"),
        };
        var utf8 = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity));

        await AssertSameAsync(utf8, withLength: false, piece: 1000);
        await AssertSameAsync([.. Encoding.UTF8.GetPreamble(), .. utf8], withLength: true, piece: 7);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_reads_as_nothing_as_before()
    {
        foreach (var body in new[] { "{\"type\": \"message\", \"text\": ", "not json", "" })
        {
            Assert.Null(await ReadAsync(Encoding.UTF8.GetBytes(body), withLength: true, piece: int.MaxValue, ActivityRequestReader.ReadAsync));
            Assert.Null(await ReadAsync(Encoding.UTF8.GetBytes(body), withLength: true, piece: int.MaxValue, ReadAsBeforeAsync));
        }
    }

    private static async Task AssertSameAsync(byte[] body, bool withLength = true, int piece = int.MaxValue)
    {
        var expected = await ReadAsync(body, withLength, piece, ReadAsBeforeAsync);
        var actual = await ReadAsync(body, withLength, piece, ActivityRequestReader.ReadAsync);

        Assert.NotNull(expected);
        Assert.Equal(JsonConvert.SerializeObject(expected, HttpHelper.BotMessageSerializerSettings), JsonConvert.SerializeObject(actual, HttpHelper.BotMessageSerializerSettings));
    }

    private static async Task<Activity?> ReadAsBeforeAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await HttpHelper.ReadRequestAsync<Activity>(request);

    private static Task<Activity?> ReadAsync(byte[] body, bool withLength, int piece, Func<HttpRequest, CancellationToken, Task<Activity?>> read)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new PiecewiseStream(body, piece);
        context.Request.ContentLength = withLength ? body.Length : null;
        return read(context.Request, CancellationToken.None);
    }

    /// <summary>A body that arrives at most <c>piece</c> bytes a read, as a network stream may give it.</summary>
    private sealed class PiecewiseStream(byte[] content, int piece) : MemoryStream(content, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, piece)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, piece), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }
}
