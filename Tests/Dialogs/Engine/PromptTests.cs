using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Engine;

public sealed class PromptTests
{
    // 25 November 2026, 10:00 in Seoul.
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    private static EngineHarness Questionnaire() =>
        new(() => TestDialogs.Questionnaire(new PastDateValidator(new DateOnly(2026, 11, 25))), "root", clock: Clock);

    private static async Task<string> AnswerAllAsync(EngineHarness harness, string choice, string date, string confirm, string text)
    {
        await harness.SendAsync("start");
        await harness.SendAsync(choice);
        await harness.SendAsync(date);
        await harness.SendAsync(confirm);
        return await harness.SendOneAsync(text);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2번")]
    [InlineData("②")]
    [InlineData("Learn my legal options")]
    [InlineData("learn my legal options!")]
    [InlineData("법적 도움 알아보기")]
    [InlineData("legal")]
    public async Task Choice_is_recognised_by_number_label_in_either_language_or_value(string answer)
    {
        var result = await AnswerAllAsync(Questionnaire(), answer, "today", "yes", "fine");

        Assert.Contains("choice=legal", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_is_recognised_from_a_button_value()
    {
        var harness = Questionnaire();
        await harness.SendAsync("start");
        var button = harness.MakeActivity(null);
        button.Value = new JObject { ["choice"] = "counsellor" };
        await harness.SendActivityAsync(button);
        await harness.SendAsync("today");
        await harness.SendAsync("no");

        Assert.Contains("choice=counsellor", await harness.SendOneAsync("ok"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_prompt_shows_buttons_and_re_asks_kindly_when_not_understood()
    {
        var harness = Questionnaire();
        var first = (await harness.SendActivityAsync(harness.MakeActivity("start"))).Single();
        Assert.Equal(ReportBot.Dialogs.Conversations.MenuDialog.Entries.Count, first.SuggestedActions.Actions.Count);

        var retry = (await harness.SendActivityAsync(harness.MakeActivity("banana"))).Single();
        Assert.StartsWith(Catalog.En(CommonText.RetryChoice), retry.Text, StringComparison.Ordinal);
        Assert.Equal(ReportBot.Dialogs.Conversations.MenuDialog.Entries.Count, retry.SuggestedActions.Actions.Count);

        // A second miss in a row is not answered with the same words again: it points to the buttons, help and a counsellor.
        var outOfRange = (await harness.SendActivityAsync(harness.MakeActivity("9"))).Single();
        Assert.StartsWith(Catalog.En(RecognitionText.StillUnclear), outOfRange.Text, StringComparison.Ordinal);
        Assert.Equal(ReportBot.Dialogs.Conversations.MenuDialog.Entries.Count, outOfRange.SuggestedActions.Actions.Count);

        await harness.SendAsync("1");
        Assert.Contains("date", (await harness.SendOneAsync("nonsense date")).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("today", "2026-11-25")]
    [InlineData("오늘", "2026-11-25")]
    [InlineData("yesterday", "2026-11-24")]
    [InlineData("어제", "2026-11-24")]
    [InlineData("그저께", "2026-11-23")]
    [InlineData("2026년 3월 5일", "2026-03-05")]
    [InlineData("2026년3월5일", "2026-03-05")]
    [InlineData("3월 5일", "2026-03-05")]
    [InlineData("12월 5일", "2025-12-05")]
    [InlineData("5 March", "2026-03-05")]
    [InlineData("March 5", "2026-03-05")]
    [InlineData("March 5, 2025", "2025-03-05")]
    [InlineData("5th of March 2024", "2024-03-05")]
    [InlineData("2026-03-05", "2026-03-05")]
    [InlineData("2026.3.5", "2026-03-05")]
    [InlineData("3일 전", "2026-11-22")]
    [InlineData("10 days ago", "2026-11-15")]
    public async Task Date_prompt_reads_Korean_and_English_forms(string answer, string expected)
    {
        var result = await AnswerAllAsync(Questionnaire(), "1", answer, "yes", "fine");

        Assert.Contains($"date={expected}", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31 February")]
    [InlineData("2026년 13월 1일")]
    [InlineData("someday")]
    public async Task Date_prompt_re_asks_for_what_is_not_a_date(string answer)
    {
        var harness = Questionnaire();
        await harness.SendAsync("start");
        await harness.SendAsync("1");

        var reply = await harness.SendOneAsync(answer);

        Assert.StartsWith(Catalog.En(CommonText.RetryDate), reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validator_rejects_a_future_date_with_its_own_message_and_the_question_is_asked_again()
    {
        var harness = Questionnaire();
        await harness.SendAsync("start");
        await harness.SendAsync("1");

        var replies = await harness.SendAsync("2027-01-10");

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(Catalog.En(CommonText.DateInFuture), replies[0], StringComparison.Ordinal);
        Assert.Contains("date={0}".Replace("{0}", "2026-11-20", StringComparison.Ordinal), await FinishAsync(harness, "2026-11-20"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("건너뛰기")]
    [InlineData("모르겠어요")]
    [InlineData("I don't know")]
    public async Task A_skippable_prompt_accepts_skip_in_either_language(string answer)
    {
        var result = await AnswerAllAsync(Questionnaire(), "1", answer, "yes", "fine");

        Assert.Contains("date=skipped", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("예", true)]
    [InlineData("네", true)]
    [InlineData("응", true)]
    [InlineData("Yes!", true)]
    [InlineData("1", true)]
    [InlineData("아니요", false)]
    [InlineData("아니", false)]
    [InlineData("no", false)]
    [InlineData("2", false)]
    public async Task Confirm_prompt_understands_yes_and_no_in_Korean_and_English(string answer, bool expected)
    {
        var result = await AnswerAllAsync(Questionnaire(), "1", "today", answer, "fine");

        Assert.Contains($"confirm={expected}", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_prompt_re_asks_when_the_answer_is_neither_yes_nor_no()
    {
        var harness = Questionnaire();
        await harness.SendAsync("start");
        await harness.SendAsync("1");
        await harness.SendAsync("today");

        Assert.Equal(Catalog.En(CommonText.RetryConfirm), await harness.SendOneAsync("maybe"));
    }

    [Fact]
    public async Task Text_prompt_keeps_long_free_text_whole()
    {
        var story = string.Concat(Enumerable.Repeat("그날 있었던 일을 천천히 적어요. ", 150));

        var result = await AnswerAllAsync(Questionnaire(), "1", "today", "yes", story);

        Assert.Contains("text=" + story.Trim(), result, StringComparison.Ordinal);
    }

    private static async Task<string> FinishAsync(EngineHarness harness, string date)
    {
        await harness.SendAsync(date);
        await harness.SendAsync("yes");
        return await harness.SendOneAsync("fine");
    }
}
