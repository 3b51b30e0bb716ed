using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>
/// A body larger than <c>Kakao:MaxRequestBytes</c> that does not declare its length (chunked) is refused once the
/// limit is passed, like one that declares it; the endpoint keeps answering afterwards. Over real HTTP.
/// </summary>
[Slow]
public sealed class KakaoOversizeTests
{
    [Fact]
    public async Task An_oversized_chunked_body_without_a_length_is_refused_and_the_endpoint_keeps_working()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:MaxRequestBytes"] = "8192" });
        var kakao = new KakaoSkillClient(bot);
        var huge = Encoding.UTF8.GetBytes(kakao.Payload(new string('가', 200_000)).ToJsonString());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/kakao") { Content = new ChunkedContent(huge) };
        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("too_large", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        var (status, _) = await kakao.PostAsync(kakao.Payload("안녕하세요").ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>Content sent in chunks with no Content-Length, as a client that streams (or lies) would.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 4096)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
