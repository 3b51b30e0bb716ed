using System.Net;
using System.Text;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

/// <summary>Malformed requests that the fuzz benchmark found answered with 500 are refused with a plain 400.</summary>
[Slow]
public sealed class ActivityEnvelopeTests
{
    [Theory]
    [InlineData("""{"type":"message","text":"hi","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"serviceUrl":"not a url","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hi","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hi","channelId":"test","conversation":null,"from":{"id":"u"},"serviceUrl":"http://127.0.0.1:9/x","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hi","channelId":"","conversation":{"id":"c"},"from":{"id":"u"},"serviceUrl":"http://127.0.0.1:9/x","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hi","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"serviceUrl":"file:///etc/passwd","deliveryMode":"expectReplies"}""")]
    public async Task An_activity_without_a_usable_envelope_gets_400_not_500(string body)
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_good_activity_still_passes_the_check_and_is_answered()
    {
        await using var bot = await RunningBot.StartAsync();

        var replies = await bot.SendAsync("envelope-ok", "안녕하세요");

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task An_activity_sent_with_a_byte_order_mark_is_answered_and_broken_json_is_refused()
    {
        await using var bot = await RunningBot.StartAsync();
        var json = """{"type":"message","text":"안녕하세요","channelId":"test","conversation":{"id":"envelope-bom"},"from":{"id":"u"},"serviceUrl":"http://127.0.0.1:9/x","deliveryMode":"expectReplies"}""";

        using var withMark = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]);
        withMark.Headers.ContentType = new("application/json");
        using var answered = await bot.Http.PostAsync("/api/messages", withMark);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("activities", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var broken = await bot.Http.PostAsync("/api/messages", new StringContent(json[..^10], Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Theory]
    [InlineData("""{"user":"not an object"}""")]
    [InlineData("""{"user":[1,2]}""")]
    [InlineData("""{"user":{"id":5}}""")]
    public async Task Direct_Line_token_generation_takes_odd_parameters_without_failing(string body)
    {
        await using var bot = await RunningBot.StartAsync(DirectLineConversationTests.Settings());

        var (status, _) = await new DirectLineHttp(bot.Http).GenerateAsync(DirectLineConversationTests.Secret, body);

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
