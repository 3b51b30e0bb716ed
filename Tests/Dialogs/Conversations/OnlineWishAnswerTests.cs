using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// At "is any of it still online?", a wish is not a fact: "사진 다 지워졌으면 좋겠어요" (I wish the photos were all deleted)
/// was read as "No, it's not online" because of its "deleted". A clause that says a wish and states nothing
/// (answer.online.wishes / holding / not_holding, read by the same rule as the evidence question's) names no choice, so
/// the question is asked again; a wish beside a fact ("it's still up, I want it gone") keeps the fact.
/// </summary>
public sealed class OnlineWishAnswerTests
{
    [Theory]
    [InlineData("ko", "사진 다 지워졌으면 좋겠어요")]
    [InlineData("ko", "영상 빨리 없어졌으면 좋겠어요ㅠ")]
    [InlineData("en", "i hope its gone")]
    [InlineData("en", "i want it taken down asap")]
    public async Task A_wish_is_asked_again_not_taken_as_not_online(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.AtQuestionAsync(language, "online");

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, AnswersText.Understood, ("choices", Catalog.In(korean, ReportText.OnlineNo))), replies);
        Assert.Contains(Catalog.In(korean, ReportText.AskOnline), replies);
    }

    [Theory]
    [InlineData("ko", "아직 올라와 있는데 빨리 지워졌으면 좋겠어요", "report.online.yes")]
    [InlineData("ko", "어제 삭제됐어요", "report.online.no")]
    [InlineData("en", "its still up and i want it gone", "report.online.yes")]
    [InlineData("en", "it was removed yesterday", "report.online.no")]
    public async Task A_fact_is_still_read_beside_a_wish(string language, string words, string answer)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.AtQuestionAsync(language, "online");

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, AnswersText.Understood, ("choices", Catalog.In(korean, new TextKey(answer)))), replies);
    }
}
