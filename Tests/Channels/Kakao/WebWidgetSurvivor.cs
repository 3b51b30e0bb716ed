using System.Net;
using System.Text.Json.Nodes;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>A survivor in the web widget's channel: the embedded Direct Line, called as Web Chat calls it.</summary>
public sealed class WebWidgetSurvivor
{
    private readonly DirectLineHttp _dl;
    private readonly string _token;
    private string _watermark;
    private int _sent;

    private WebWidgetSurvivor(DirectLineHttp dl, string token, string conversationId, string watermark)
    {
        _dl = dl;
        _token = token;
        ConversationId = conversationId;
        _watermark = watermark;
    }

    public string ConversationId { get; }

    /// <summary>Starts a conversation with the Direct Line secret of <see cref="DirectLineConversationTests.Settings"/> and reads the greeting.</summary>
    public static async Task<WebWidgetSurvivor> StartAsync(RunningBot bot)
    {
        var dl = new DirectLineHttp(bot.Http);
        var (status, conversation) = await dl.StartAsync(DirectLineConversationTests.Secret);
        Assert.Equal(HttpStatusCode.Created, status);
        var token = (string)conversation!["token"]!;
        var conversationId = (string)conversation["conversationId"]!;
        var (_, greeting) = await dl.GetActivitiesAsync(token, conversationId, watermark: string.Empty);
        return new WebWidgetSurvivor(dl, token, conversationId, (string)greeting!["watermark"]!);
    }

    /// <summary>Posts a message (the turn runs before the post returns) and returns the bot's replies to it, joined.</summary>
    public async Task<string> SayAsync(string text)
    {
        var (posted, _) = await _dl.PostMessageAsync(_token, ConversationId, text, "client-" + ++_sent);
        Assert.Equal(HttpStatusCode.OK, posted);
        return string.Join("\n---\n", (await ReadNewAsync()).Where(a => (string?)a["from"]?["role"] == "bot").Select(a => (string?)a["text"] ?? string.Empty));
    }

    /// <summary>Activities added since the last read (the survivor's echo included).</summary>
    public async Task<IReadOnlyList<JsonNode>> ReadNewAsync()
    {
        var (status, page) = await _dl.GetActivitiesAsync(_token, ConversationId, _watermark);
        Assert.Equal(HttpStatusCode.OK, status);
        _watermark = (string)page!["watermark"]!;
        return page["activities"]!.AsArray().Select(a => a!).ToList();
    }
}
