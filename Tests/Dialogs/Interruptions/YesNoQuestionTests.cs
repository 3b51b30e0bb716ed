using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// At a yes/no question (here the counsellor's "leave a message?", asked out of hours), answers are read as people write
/// them, requests run, and a doubt gets a short explanation of what yes and no each do before the question again.
/// Before, all of these got "please answer yes or no".
/// </summary>
public sealed class YesNoQuestionTests
{
    private static async Task<DialogTestHost> AtLeaveAMessageAsync(bool korean)
    {
        var host = new DialogTestHost();
        await host.Say(korean ? "안녕하세요" : "hello");
        var offer = await host.Say(korean ? "상담사랑 얘기하고 싶어요" : "i want to talk to a counsellor");
        Assert.Contains(korean ? Catalog.Ko(HandoffText.OfferMessage) : Catalog.En(HandoffText.OfferMessage), offer);
        return host;
    }

    [Theory]
    [InlineData(true, "그게 뭔데요?")]
    [InlineData(true, "잘 모르겠어요")]
    [InlineData(true, "글쎄요")]
    [InlineData(true, "아니라고 하면 어떻게 돼요?")]
    [InlineData(false, "what happens if i say no?")]
    [InlineData(false, "maybe later")]
    [InlineData(false, "idk")]
    public async Task A_doubt_gets_what_yes_and_no_each_do_then_the_question_again(bool korean, string words)
    {
        await using var host = await AtLeaveAMessageAsync(korean);

        var replies = await host.Say(words);

        var explain = korean ? Catalog.Ko(YesNoText.ExplainHandoffMessage) : Catalog.En(YesNoText.ExplainHandoffMessage);
        var question = korean ? Catalog.Ko(HandoffText.OfferMessage) : Catalog.En(HandoffText.OfferMessage);
        Assert.Contains(explain, replies);
        Assert.True(replies.IndexOf(explain, StringComparison.Ordinal) < replies.LastIndexOf(question, StringComparison.Ordinal), replies);
        Assert.DoesNotContain(korean ? Catalog.Ko(CommonText.RetryConfirm) : Catalog.En(CommonText.RetryConfirm), replies);

        // The explanation does not use up the question: yes still works.
        var after = await host.Say(korean ? "네" : "yes");
        Assert.Contains(korean ? Catalog.Ko(HandoffText.AskMessage) : Catalog.En(HandoffText.AskMessage), after);
    }

    [Theory]
    [InlineData(true, "글쎄요", "잘 모르겠어요")]
    [InlineData(false, "what happens if i say no?", "maybe later")]
    public async Task A_second_doubt_is_taken_as_no_for_now_never_please_answer_yes_or_no(bool korean, string first, string second)
    {
        await using var host = await AtLeaveAMessageAsync(korean);
        await host.Say(first);

        var replies = await host.Say(second);

        Assert.Contains(korean ? Catalog.Ko(RecognitionText.ConfirmDefaultNo) : Catalog.En(RecognitionText.ConfirmDefaultNo), replies);
        Assert.Contains(korean ? Catalog.Ko(HandoffText.NoMessage) : Catalog.En(HandoffText.NoMessage), replies);
        Assert.DoesNotContain(korean ? Catalog.Ko(CommonText.RetryConfirm) : Catalog.En(CommonText.RetryConfirm), replies);
    }

    [Theory]
    [InlineData(true, "ㅇㅇ 남길게요", true)]
    [InlineData(true, "네 그렇게 해주세요", true)]
    [InlineData(true, "그럴게요", true)]
    [InlineData(true, "아니 안할래", false)]
    [InlineData(true, "괜찮아요 안 남길래요", false)]
    [InlineData(false, "ok do it", true)]
    [InlineData(false, "sure why not", true)]
    [InlineData(false, "no i'm good", false)]
    [InlineData(false, "nope not now", false)]
    public async Task Yes_and_no_in_spoken_forms_answer_the_question(bool korean, string words, bool yes)
    {
        await using var host = await AtLeaveAMessageAsync(korean);

        var replies = await host.Say(words);

        var ask = korean ? Catalog.Ko(HandoffText.AskMessage) : Catalog.En(HandoffText.AskMessage);
        var none = korean ? Catalog.Ko(HandoffText.NoMessage) : Catalog.En(HandoffText.NoMessage);
        Assert.Contains(yes ? ask : none, replies);
        Assert.DoesNotContain(korean ? Catalog.Ko(CommonText.RetryConfirm) : Catalog.En(CommonText.RetryConfirm), replies);
        Assert.DoesNotContain(korean ? Catalog.Ko(RecognitionText.CheckExit) : Catalog.En(RecognitionText.CheckExit), replies);
    }

    [Theory]
    [InlineData("예 그래도 돼요", true)]
    [InlineData("보여줘도 괜찮아요", true)]
    [InlineData("저는 괜찮아요 가려 주세요", false)]
    [InlineData("아니요 가려 주세요", false)]
    public void Reading_a_yes_or_a_no_said_as_permission_or_as_no_thanks(string words, bool yes) =>
        Assert.Equal(yes, ReportBot.Dialogs.Recognition.YesNoReading.Read(new ReportBot.Resources.PhraseCatalog(), words));

    [Theory]
    [InlineData(true, "법적인 거 알려주세요")]
    [InlineData(false, "can he go to jail for this")]
    public async Task Asking_for_the_legal_options_opens_them(bool korean, string words)
    {
        await using var host = await AtLeaveAMessageAsync(korean);

        var replies = await host.Say(words);

        Assert.Contains(korean ? Catalog.Ko(LegalText.BrowsePrompt)[..10] : Catalog.En(LegalText.BrowsePrompt)[..10], replies);
    }

    [Theory]
    [InlineData(true, "도움말")]
    [InlineData(false, "how does this thing even work")]
    public async Task Asking_for_help_shows_it_then_asks_again(bool korean, string words)
    {
        await using var host = await AtLeaveAMessageAsync(korean);

        var replies = await host.Say(words);

        Assert.Contains(korean ? Catalog.Ko(HelpText.Text)[..20] : Catalog.En(HelpText.Text)[..20], replies);
        Assert.EndsWith(korean ? Catalog.Ko(HandoffText.OfferMessage) : Catalog.En(HandoffText.OfferMessage), replies);
    }

    [Theory]
    [InlineData(true, "내 기록 지워주세요", "그게 뭔데요?")]
    [InlineData(false, "delete my data", "what does that erase?")]
    public async Task A_doubt_at_the_erase_confirmation_is_explained_and_nothing_is_erased(bool korean, string delete, string doubt)
    {
        await using var host = new DialogTestHost();
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(delete);

        var replies = await host.Say(doubt);

        Assert.Contains(korean ? Catalog.Ko(YesNoText.ExplainErase) : Catalog.En(YesNoText.ExplainErase), replies);
        Assert.EndsWith(korean ? Catalog.Ko(EraseText.Confirm) : Catalog.En(EraseText.Confirm), replies);
        var kept = await host.Say(korean ? "아니요" : "no");
        Assert.Contains(korean ? Catalog.Ko(EraseText.Kept) : Catalog.En(EraseText.Kept), kept);
    }
}
