using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Delete it" in a report about images, with no word for what: the images out in the world, or this conversation?
/// Before, "i just want it all deleted" at "is it still online?" asked "Erase everything kept from this conversation?",
/// and a survivor who wanted the video gone and answered "yes" lost their report. Now the bot asks which was meant;
/// taking them down erases nothing, erasing goes on to the usual confirmation, and words that name this conversation's
/// data, or a report with nothing online, go straight to that confirmation as before.
/// </summary>
public sealed class DeleteMeaningTests
{
    [Theory]
    [InlineData("en", "i just want it all deleted")]
    [InlineData("en", "can you delete it")]
    [InlineData("ko", "그거 다 지워주세요")]
    [InlineData("ko", "그냥 다 지우고 싶어요")]
    public async Task At_the_online_question_it_asks_which_was_meant_and_taking_them_down_erases_nothing(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await ImageReportAtAsync(host, language, "online");

        var asked = await host.Say(words);

        Assert.Contains(Catalog.In(korean, EraseText.MeaningAsk), asked);
        Assert.DoesNotContain(Catalog.In(korean, EraseText.Confirm), asked);

        var kept = await host.Say(Catalog.In(korean, EraseText.MeaningTakedown));

        Assert.Contains(Catalog.In(korean, EraseText.MeaningTakedownLater), kept);
        Assert.Contains(Catalog.In(korean, ReportText.AskOnline), kept);
        Assert.DoesNotContain(Catalog.In(korean, EraseText.Done), kept);
        // The story told at the start is still there at the summary.
        var summary = await host.SkipUntilAsync(korean ? Language.Korean : Language.English, ReportText.SummaryIntro, most: 6);
        Assert.Contains(korean ? "전남친이 영상을 올렸어요" : "my ex posted a video of me", summary);
    }

    [Fact]
    public async Task At_the_help_question_taking_them_down_is_the_answer()
    {
        await using var host = new DialogTestHost();
        await ImageReportAtAsync(host, "ko", "wishes");

        Assert.Contains(Catalog.Ko(EraseText.MeaningAsk), await host.Say("그냥 다 지우고 싶어요"));
        var summary = await host.Say("1");

        Assert.Contains(Catalog.Ko(ReportText.SummaryIntro), summary);
        Assert.Contains(Catalog.Ko(ReportText.WishTakedown), summary);
    }

    [Fact]
    public async Task At_the_help_question_taking_them_down_keeps_what_else_was_wanted()
    {
        await using var host = new DialogTestHost();
        await ImageReportAtAsync(host, "ko", "wishes");

        Assert.Contains(Catalog.Ko(EraseText.MeaningAsk), await host.Say("다 지우고 싶고 고소도 하고 싶어요"));
        var wishes = WishesLine(await host.Say("1"), korean: true);

        Assert.Contains(Catalog.Ko(ReportText.WishTakedown), wishes);
        Assert.Contains(Catalog.Ko(ReportText.WishLegal), wishes);
    }

    /// <summary>The summary's line of what would help, where the wishes taken are listed.</summary>
    private static string WishesLine(string summary, bool korean) =>
        summary.Split('\n').Single(l => l.StartsWith("• " + Catalog.In(korean, ReportText.FieldWishes) + ": ", StringComparison.Ordinal));

    [Theory]
    [InlineData("ko", "단톡방에 올라간 글 다 지우고 싶고 고소도 하고 싶어요")]
    [InlineData("en", "i want the tweets about me deleted and i want to sue him")]
    public async Task Posts_named_with_delete_at_the_help_question_are_the_answer_at_once(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await ImageReportAtAsync(host, language, "wishes");

        var summary = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, EraseText.MeaningAsk), summary);
        var wishes = WishesLine(summary, korean);
        Assert.Contains(Catalog.In(korean, ReportText.WishTakedown), wishes);
        Assert.Contains(Catalog.In(korean, ReportText.WishLegal), wishes);
    }

    [Fact]
    public async Task Erasing_what_was_told_goes_on_to_the_usual_confirmation_and_erases_on_yes()
    {
        await using var host = new DialogTestHost();
        await ImageReportAtAsync(host, "en", "online");
        await host.Say("can you delete it");

        var confirm = await host.Say(Catalog.En(EraseText.MeaningErase));
        Assert.Contains(Catalog.En(EraseText.Confirm), confirm);

        Assert.Contains(Catalog.En(EraseText.Done), await host.Say("yes"));
    }

    [Theory]
    [InlineData("en", "Neither")]
    [InlineData("en", "no")]
    [InlineData("ko", "둘 다 아니에요")]
    public async Task Neither_keeps_everything_and_asks_the_question_again(string language, string answer)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await ImageReportAtAsync(host, language, "online");
        await host.Say(korean ? "그거 다 지워주세요" : "can you delete it");

        var replies = await host.Say(answer);

        Assert.Contains(Catalog.In(korean, EraseText.Kept), replies);
        Assert.Contains(Catalog.In(korean, ReportText.AskOnline), replies);
    }

    [Theory]
    [InlineData("en", "delete my data")]
    [InlineData("ko", "제 기록 다 지워주세요")]
    public async Task Words_naming_this_conversations_data_ask_to_confirm_at_once(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await ImageReportAtAsync(host, language, "online");

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, EraseText.Confirm), replies);
        Assert.DoesNotContain(Catalog.In(korean, EraseText.MeaningAsk), replies);
    }

    [Fact]
    public async Task In_a_report_with_nothing_online_delete_asks_to_confirm_the_erasure_as_before()
    {
        await using var host = new DialogTestHost();
        await host.StartEnglishReportAsync();
        await host.Say("Stalking");
        await host.Say("He keeps waiting outside my office.");
        await host.Say("done");

        var replies = await host.Say("i just want it all deleted");

        Assert.Contains(Catalog.En(EraseText.Confirm), replies);
        Assert.DoesNotContain(Catalog.En(EraseText.MeaningAsk), replies);
    }

    [Fact]
    public async Task After_an_image_report_is_saved_taking_them_down_reads_the_takedown_first()
    {
        await using var host = new DialogTestHost();
        await ImageReportAtAsync(host, "ko", "wishes");
        await host.SkipUntilAsync(Language.Korean, ReportText.SummaryIntro);
        ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        await host.Say("아니요");

        Assert.Contains(Catalog.Ko(EraseText.MeaningAsk), await host.Say("이거 지워줄 수 있어요?"));
        var reading = await host.Say("1");

        Assert.Contains(Catalog.Ko(LegalText.FirstTakedown), reading);
        Assert.Contains("촬영물 삭제 도움받기", reading[reading.LastIndexOf("1/", StringComparison.Ordinal)..]);
        Assert.DoesNotContain(Catalog.Ko(EraseText.Done), reading);
    }

    // A report of images shared without consent, with its story told, up to the question for field.
    private static async Task ImageReportAtAsync(DialogTestHost host, string language, string field)
    {
        var korean = language == "ko";
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say("2");
        await host.Say(korean ? "전남친이 영상을 올렸어요" : "my ex posted a video of me");
        await host.Say(korean ? "다 했어요" : "done");
        var question = ReportBot.Dialogs.Conversations.ReportQuestions.Find(field)!;
        await host.SkipUntilAsync(korean ? Language.Korean : Language.English, question.Ask, most: 8);
    }
}
