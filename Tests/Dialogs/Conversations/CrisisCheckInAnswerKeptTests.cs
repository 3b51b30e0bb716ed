using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// An answer to a report's question that raised the crisis check-in ("i want it to stop and i want to know if he can go
/// to jail" at "what would help you now?"): after "no" it is that question's answer, instead of being lost and the
/// question asked again as if nothing had been written. "Yes" still gets the numbers first; words the question cannot
/// read, and the check-in at the menu, get the question again as before.
/// </summary>
public sealed class CrisisCheckInAnswerKeptTests
{
    [Theory]
    [InlineData("en", "i want it to stop and i want to know if he can go to jail", "no")]
    [InlineData("ko", "이 모든게 다 끝났으면 좋겠어요 그리고 걔 처벌받게 하고 싶어요", "아니요")]
    [InlineData("ko", "그냥 다 끝내고 싶어요 법적으로 도와주세요", "아니")]
    public async Task After_no_the_words_answer_the_question_they_were_written_for(string language, string words, string no)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.AtQuestionAsync(language, "wishes");

        var check = await host.Say(words);
        Assert.Contains(Catalog.In(korean, RecognitionText.CrisisCheckIn), check);

        var replies = await host.Say(no);

        Assert.Contains(Catalog.In(korean, RecognitionText.CrisisCheckInNo), replies);
        Assert.Contains(Catalog.In(korean, ReportText.SummaryIntro), replies);
        Assert.Contains(Catalog.In(korean, ReportText.WishLegal), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskWishes), replies);
    }

    [Fact]
    public async Task After_yes_the_numbers_come_and_nothing_is_taken_as_the_answer()
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync("en", "wishes");
        await host.Say("i want it to stop and i want to know if he can go to jail");

        var replies = await host.Say("yes");

        Assert.Contains(Catalog.En(CrisisText.Emergency), replies);
        Assert.DoesNotContain(Catalog.En(ReportText.SummaryIntro), replies);
    }

    [Fact]
    public async Task Words_the_question_cannot_read_get_the_question_again()
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync("en", "who");
        var check = await host.Say("i just want it all to stop");
        Assert.Contains(Catalog.En(RecognitionText.CrisisCheckIn), check);

        var replies = await host.Say("no");

        Assert.Contains(Catalog.En(RecognitionText.CrisisCheckInNo), replies);
        Assert.Contains(Catalog.En(ReportText.AskWho), replies);
        Assert.DoesNotContain(Catalog.En(CommonText.RetryChoice), replies);
    }
}
