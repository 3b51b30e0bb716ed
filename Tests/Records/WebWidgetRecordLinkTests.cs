using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Records;

/// <summary>The web widget's download button: a one-time link the survivor alone gets, never kept in the transcript.</summary>
[Slow]
public sealed class WebWidgetRecordLinkTests
{
    [Fact]
    public async Task The_web_widget_offers_a_one_time_download_that_the_transcript_never_keeps()
    {
        await using var bot = await RunningBot.StartAsync(DirectLineConversationTests.Settings());
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        var dl = new DirectLineHttp(bot.Http);
        var (_, conversation) = await dl.StartAsync(DirectLineConversationTests.Secret);
        var token = (string)conversation!["token"]!;
        var conversationId = (string)conversation["conversationId"]!;
        var sent = 0;
        async Task<List<JsonNode>> SayAsync(string text)
        {
            var (posted, _) = await dl.PostMessageAsync(token, conversationId, text, "client-" + ++sent);
            Assert.Equal(HttpStatusCode.OK, posted);
            var (_, page) = await dl.GetActivitiesAsync(token, conversationId, string.Empty);
            return page!["activities"]!.AsArray().Select(a => a!).ToList();
        }

        await SayAsync("안녕하세요");
        await SayAsync("사건 코드가 있어요");
        await SayAsync(CaseCode.Format(code));
        var activities = await SayAsync("내 기록 받기");

        var card = activities.Last(a => a["attachments"] is JsonArray { Count: > 0 })["attachments"]![0]!["content"]!;
        Assert.Contains("10분 동안 한 번만", (string)card["text"]!, StringComparison.Ordinal);
        var button = card["buttons"]![0]!;
        Assert.Equal("openUrl", (string)button["type"]!);
        var url = (string)button["value"]!;
        // Absolute: Web Chat opens only http(s) addresses.
        Assert.StartsWith(bot.BaseAddress.ToString().TrimEnd('/') + RecordLinks.DownloadPath, url, StringComparison.Ordinal);

        using (var download = await bot.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        }

        using (var again = await bot.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        // The stored transcript (what a counsellor can read) has the card, but not the link.
        var reader = bot.Services.GetRequiredService<TranscriptReader>();
        var stored = new List<Microsoft.Bot.Schema.IActivity>();
        for (var i = 0; i < 50; i++)
        {
            stored = [.. await reader.GetActivitiesAsync("directline", conversationId, CancellationToken.None)];
            if (stored.Any(a => a is Microsoft.Bot.Schema.Activity { Attachments.Count: > 0 }))
            {
                break;
            }

            await Task.Delay(100);
        }

        var storedCard = Newtonsoft.Json.JsonConvert.SerializeObject(stored.OfType<Microsoft.Bot.Schema.Activity>().Single(a => a.Attachments is { Count: > 0 }).Attachments);
        Assert.Contains(OneTimeLinkRedaction.Placeholder, storedCard, StringComparison.Ordinal);
        Assert.DoesNotContain(url, storedCard, StringComparison.Ordinal);
    }
}
