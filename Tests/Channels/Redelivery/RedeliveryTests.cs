using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Channels.Azure;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Redelivery;

/// <summary>
/// Channels deliver the same activity again: Azure Bot Service retries a slow <c>/api/messages</c>, a Direct Line
/// client (Web Chat) retries a post whose answer was lost. A survivor must not get a second case code, nor answers
/// that skip a question because the same "2" was read twice. All over real HTTP.
/// </summary>
[Slow]
public sealed class RedeliveryTests
{
    private static readonly string[] ToTheSave =
        ["hello", "Report what happened", "3", "Someone made fake pictures of me.", "done", "skip", "skip", "skip", "skip", "skip", "skip", "skip"];

    [Fact]
    public async Task A_report_saved_by_a_message_delivered_twice_shows_the_same_case_code_once_and_the_code_finds_the_report()
    {
        await using var bot = await RunningBot.StartAsync();
        var lines = 0;
        foreach (var text in ToTheSave)
        {
            lines += 1 + (await PostAsync(bot, "twice-saved", text)).Count;
        }

        var save = Message("twice-saved", "Save it");
        var first = await PostAsync(bot, save);
        var again = await PostAsync(bot, save);

        var code = ReportWalk.CaseCodeIn(string.Join("\n", first));
        Assert.Equal(first, again);
        var cases = bot.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(["Someone made fake pictures of me."], stored!.Report.Narrative!);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("delivered again", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(save.Id, StringComparison.Ordinal) || l.Contains("Save it", StringComparison.Ordinal));

        // The transcript has the survivor's "Save it" and the answer to it once.
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        var transcript = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", "twice-saved", CancellationToken.None);
        Assert.Single(transcript, a => a.Text == "Save it");
        Assert.Equal(lines + 1 + first.Count, transcript.Count);
    }

    [Fact]
    public async Task The_same_answer_delivered_twice_is_taken_once_and_the_next_question_is_not_skipped()
    {
        await using var bot = await RunningBot.StartAsync();
        string[] script = ["hello", "Report what happened", "2", "He posted my photos.", "done", "last spring"];
        const int repeated = 2; // the "2" at the first question

        var once = new List<IReadOnlyList<string>>();
        foreach (var text in script)
        {
            once.Add(await PostAsync(bot, "once", text));
        }

        var twice = new List<IReadOnlyList<string>>();
        for (var i = 0; i < script.Length; i++)
        {
            var message = Message("twice", script[i]);
            twice.Add(await PostAsync(bot, message));
            if (i == repeated)
            {
                Assert.Equal(twice[i], await PostAsync(bot, message));
            }
        }

        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task A_telegram_update_redelivered_by_azure_bot_service_is_answered_once()
    {
        await using var azure = await AzureChannelBot.StartAsync();
        var recorded = new RecordedActivities("telegram", azure.Channel.ServiceUrl);
        var survivor = new ChannelSurvivor(azure, recorded);
        await survivor.SayAsync("hello");

        var report = recorded.Text("Report what happened");
        var first = await azure.PostAsync(report);
        var redelivered = await azure.PostAsync(report);
        var next = await survivor.SayAsync("2");

        Assert.NotEmpty(first);
        Assert.Empty(redelivered);
        // The "2" answered the report's first question (what happened), so the story is asked for next.
        Assert.Contains(next, a => (a.Text ?? string.Empty).Contains("in your own words", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_web_chat_post_retried_through_azure_direct_line_with_a_new_id_is_taken_once()
    {
        await using var azure = await AzureChannelBot.StartAsync();
        var recorded = new RecordedActivities("webchat", azure.Channel.ServiceUrl);
        var survivor = new ChannelSurvivor(azure, recorded);
        await survivor.SayAsync("hello");

        var post = recorded.Text("Report what happened");
        var retry = recorded.Text("Report what happened");
        ((JObject)retry.ChannelData)["clientActivityID"] = ((JObject)post.ChannelData)["clientActivityID"]!.DeepClone();
        Assert.NotEqual(post.Id, retry.Id);

        Assert.NotEmpty(await azure.PostAsync(post));
        Assert.Empty(await azure.PostAsync(retry));
    }

    [Fact]
    public async Task A_web_chat_post_sent_twice_at_once_to_the_embedded_direct_line_is_taken_and_answered_once()
    {
        await using var bot = await RunningBot.StartAsync(DirectLine.DirectLineConversationTests.Settings());
        var dl = new DirectLine.DirectLineHttp(bot.Http);
        var (token, conversationId) = await DirectLine.DirectLineConversationTests.StartAsync(dl);
        await dl.PostMessageAsync(token, conversationId, "안녕하세요", "first");
        var (_, before) = await dl.GetActivitiesAsync(token, conversationId);

        var both = await Task.WhenAll(
            dl.PostMessageAsync(token, conversationId, "1", "the-same-post"),
            dl.PostMessageAsync(token, conversationId, "1", "the-same-post"));
        var (_, after) = await dl.GetActivitiesAsync(token, conversationId, (string)before!["watermark"]!);

        Assert.Equal((string)both[0].Body!["id"]!, (string)both[1].Body!["id"]!);
        var activities = after!["activities"]!.AsArray();
        Assert.Single(activities, a => (string?)a!["channelData"]?["clientActivityID"] == "the-same-post");
        var texts = bot.Services.GetRequiredService<ReportBot.Resources.ITextCatalog>();
        Assert.Single(activities, a => ((string?)a!["text"] ?? string.Empty).Contains(texts.Get(ReportBot.Resources.Text.ReportText.AskTypes, ReportBot.Resources.Language.Korean), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_message_posted_to_two_instances_at_once_is_answered_alike_and_taken_once_and_again_later_the_same()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var instances = await ScaleOut.TwoInstances.StartAsync(azurite);
        await PostAsync(instances.A, "raced", "hello", TwoInstances);
        var message = Message("raced", "Report what happened", TwoInstances);

        var both = await Task.WhenAll(PostAsync(instances.A, message), PostAsync(instances.B, message));

        // Delivered again later, to each instance in turn: each answers from what was saved (the kept replies as the
        // state's JSON wrote them), the one whose cached version went stale after reading it back from storage.
        var again = await PostAsync(instances.B, message);
        var third = await PostAsync(instances.A, message);
        var next = await PostAsync(instances.B, "raced", "2", TwoInstances);

        Assert.NotEmpty(both[0]);
        Assert.Equal(both[0], both[1]);
        Assert.Equal(both[0], again);
        Assert.Equal(both[0], third);
        Assert.Contains(next, t => t.Contains("in your own words", StringComparison.OrdinalIgnoreCase));
        var transcript = await instances.TranscriptAsync("raced", 6);
        Assert.Single(transcript, a => a.Text == "Report what happened");
    }

    private const string TwoInstances = ScaleOut.TwoInstances.ChannelId;

    private static Activity Message(string conversationId, string text, string channelId = "test") =>
        SurvivorMessage.ExpectingReplies(conversationId, text, channelId);

    private static Task<IReadOnlyList<string>> PostAsync(RunningBot bot, string conversationId, string text, string channelId = "test") =>
        PostAsync(bot, Message(conversationId, text, channelId));

    private static async Task<IReadOnlyList<string>> PostAsync(RunningBot bot, Activity activity)
    {
        using var response = await bot.PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities;
        return replies.Select(r => r.Text ?? string.Empty).ToList();
    }
}
