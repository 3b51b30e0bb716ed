using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Posts real-shaped Kakao i Open Builder skill requests to a <see cref="RunningBot"/> and reads the answers.</summary>
public sealed class KakaoSkillClient(RunningBot bot, string userId = "kakao-user-7f3a9c", string botId = "5f1a2b3c4d5e6f7a8b9c0d1e", string path = "/api/kakao")
{
    public string UserId => userId;

    public string BotId => botId;

    /// <summary>Headers sent with every request (the secret header, in tests that set one).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A skill request shaped like Kakao's (SkillPayload), with optional quick-reply extra and callback URL.</summary>
    public JsonObject Payload(string utterance, JsonObject? clientExtra = null, Uri? callbackUrl = null, JsonObject? actionParams = null)
    {
        var userRequest = new JsonObject
        {
            ["timezone"] = "Asia/Seoul",
            ["params"] = new JsonObject { ["ignoreMe"] = "true" },
            ["block"] = new JsonObject { ["id"] = "64b0c1d2e3f4a5b6c7d8e9f0", ["name"] = "폴백 블록" },
            ["utterance"] = utterance,
            ["lang"] = "ko",
            ["user"] = new JsonObject
            {
                ["id"] = userId,
                ["type"] = "botUserKey",
                ["properties"] = new JsonObject { ["botUserKey"] = userId, ["plusfriendUserKey"] = "pf-" + userId, ["isFriend"] = true },
            },
        };
        if (callbackUrl is not null)
        {
            userRequest["callbackUrl"] = callbackUrl.ToString();
        }

        return new JsonObject
        {
            ["intent"] = new JsonObject { ["id"] = "64b0c1d2e3f4a5b6c7d8e9f0", ["name"] = "폴백 블록" },
            ["userRequest"] = userRequest,
            ["bot"] = new JsonObject { ["id"] = botId, ["name"] = "리포트봇" },
            ["action"] = new JsonObject
            {
                ["name"] = "reportbot",
                ["clientExtra"] = clientExtra ?? new JsonObject(),
                ["params"] = actionParams ?? new JsonObject(),
                ["id"] = "64b0c1d2e3f4a5b6c7d8e9f1",
                ["detailParams"] = new JsonObject(),
            },
        };
    }

    /// <summary>Sends what the survivor typed (or a quick reply's messageText) and returns the parsed 200 answer.</summary>
    public async Task<KakaoAnswer> SayAsync(string utterance, JsonObject? clientExtra = null, Uri? callbackUrl = null)
    {
        var (status, body) = await PostAsync(Payload(utterance, clientExtra, callbackUrl).ToJsonString());
        Assert.True(status == HttpStatusCode.OK, $"Expected 200, got {(int)status}");
        return KakaoAnswer.Parse(body);
    }

    /// <summary>Taps a quick reply of an answer: sends its messageText with its extra, as KakaoTalk does.</summary>
    public Task<KakaoAnswer> TapAsync(KakaoQuickReplyView quickReply) =>
        SayAsync(quickReply.MessageText, quickReply.Extra?.DeepClone().AsObject());

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await bot.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
