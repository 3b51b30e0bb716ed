using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

/// <summary>
/// Direct Line's paths hold the conversation id, and ASP.NET Core logs every request's path at Information. The bot's
/// appsettings.json keeps those logs at Warning; a bot started from a folder without that file (the content root is the
/// working folder) must keep them quiet too.
/// </summary>
[Slow]
public sealed class RequestLogPrivacyTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("reportbot-elsewhere-").FullName;

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);

    [Fact]
    public async Task Started_without_its_appsettings_the_bot_logs_no_request_path_and_no_conversation_id()
    {
        var settings = Settings();
        settings["contentRoot"] = _elsewhere;
        await using var bot = await RunningBot.StartAsync(settings);
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        await dl.PostMessageAsync(token, conversationId, "안녕하세요", "log-check");
        await dl.GetActivitiesAsync(token, conversationId);

        Assert.Equal(_elsewhere, bot.App.Environment.ContentRootPath.TrimEnd('/'));
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(conversationId, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("/v3/directline/conversations", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("안녕하세요", bot.Logs.All, StringComparison.Ordinal);
    }
}
