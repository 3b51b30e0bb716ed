using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Adapters;

/// <summary>Activities to compare JSON writers on: the bot's own replies to a whole conversation, and a hand-made one with every kind of field.</summary>
public static class ActivityCorpus
{
    /// <summary>Every reply of the real bot to the benchmark's script and a walk through the legal options and the menu.</summary>
    public static async Task<List<Activity>> BotRepliesAsync()
    {
        await using var host = new DialogTestHost();
        var replies = new List<Activity>();
        foreach (var text in File.ReadAllLines(Path.Combine(AzuriteInstance.RepositoryRoot(), "bench", "script.txt")).Concat(["법률 정보", "1", "2", "다음", "상담사 연결", "menu", "help"]))
        {
            var message = host.Adapter.MakeActivity(text);
            message.Locale = null;
            replies.AddRange(await host.SendActivityAsync(message));
        }

        return replies;
    }

    /// <summary>Cards, suggested actions, entities, channel data, extension data, nulls in lists, dates with offsets and text that needs escaping.</summary>
    public static Activity HandMade()
    {
        var activity = (Activity)MessageFactory.SuggestedActions(new[] { "예", "아니요", "잘 모르겠어요" }, "고르세요 😊 <b>&amp;</b> 'quote' \u0001 \t", "말씀하세요", InputHints.ExpectingInput, toList: null);
        activity.Id = "a-1";
        activity.ReplyToId = "in-1";
        activity.Timestamp = new DateTimeOffset(2026, 12, 6, 2, 43, 39, 120, TimeSpan.Zero);
        activity.LocalTimestamp = new DateTimeOffset(2026, 12, 6, 11, 43, 39, TimeSpan.FromHours(9)).AddTicks(1234567);
        activity.Expiration = DateTimeOffset.MaxValue;
        activity.HistoryDisclosed = false;
        activity.From = new ChannelAccount("bot", "ReportBot", RoleTypes.Bot) { Properties = new JObject { ["tenant"] = "x", ["n"] = 3 } };
        activity.Conversation = new ConversationAccount(isGroup: false, id: "c-1", tenantId: "t");
        activity.Attachments =
        [
            new HeroCard("제목", "부제", "본문", [new CardImage("https://example.org/a.png")], [new CardAction(ActionTypes.OpenUrl, "열기", value: "https://example.org/")]).ToAttachment(),
            new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"안내","wrap":true}],"version":"1.5"}""")),
            new Attachment("text/plain", "https://example.org/file.txt", name: "file.txt"),
            null!,
        ];
        activity.Entities = [new Mention(new ChannelAccount("u", "누군가"), "<at>누군가</at>"), new Entity("clientInfo") { Properties = new JObject { ["locale"] = "ko-KR" } }];
        activity.ChannelData = new { notification = new { alert = true }, tags = new[] { "a", "b" } };
        activity.Value = new Dictionary<string, object?> { ["span"] = TimeSpan.FromMinutes(90), ["when"] = DateTime.SpecifyKind(new DateTime(2026, 12, 6, 2, 0, 0), DateTimeKind.Local), ["none"] = null, ["n"] = 1.5m, ["big"] = long.MaxValue, ["kind"] = DateTimeKind.Utc };
        activity.Properties = new JObject { ["custom"] = new JObject { ["deep"] = new JArray(1, "두", JValue.CreateNull()) }, ["nothing"] = JValue.CreateNull() };
        activity.MembersAdded = [new ChannelAccount("m1"), null!];
        activity.TextHighlights = [new TextHighlight("본문", 1)];
        activity.RelatesTo = new ConversationReference { ActivityId = "x", Conversation = new ConversationAccount(id: "c") };

        return activity;
    }
}
