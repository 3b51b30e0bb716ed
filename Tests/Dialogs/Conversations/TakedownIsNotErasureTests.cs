using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Delete" whose only object is photos, videos or posts wants them taken down, not this conversation erased. Before,
/// "사진 지워주는 데랑 신고하는 방법 알고 싶어요" at "what help would you like?" asked to erase everything, and a survivor who
/// answered yes lost the report; at the menu, "영상 삭제하고 싶어요" was not understood. Erasing one's own data in words
/// that name it still asks to confirm the erasure.
/// </summary>
public sealed class TakedownIsNotErasureTests
{
    [Theory]
    [InlineData("ko", "사진 지워주는 데랑 신고하는 방법 알고 싶어요")]
    [InlineData("ko", "영상 삭제 좀 도와주세요")]
    [InlineData("en", "i want the pics deleted and to know how to report him")]
    public async Task A_takedown_at_the_help_question_is_its_answer(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.AtQuestionAsync(language, "wishes");

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, EraseText.Confirm), replies);
        Assert.Contains(Catalog.In(korean, ReportText.SummaryIntro), replies);
        Assert.Contains(Catalog.In(korean, ReportText.WishTakedown), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "영상 삭제하고 싶어요")]
    [InlineData("안녕하세요", "제 사진 지워주는 곳 있어요?")]
    [InlineData("hello", "how do i get the pics deleted")]
    public async Task A_takedown_at_the_menu_is_heard_as_images_shared(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, EraseText.Confirm), replies);
        Assert.Contains(Catalog.In(korean, DisclosureText.Understood, ("types", Catalog.In(korean, ReportText.TypeNonConsensualSharing))), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "내 기록 지워주세요")]
    [InlineData("안녕하세요", "제 사진이랑 대화 기록 다 지워주세요")]
    [InlineData("hello", "delete my data")]
    public async Task Erasing_ones_own_data_still_asks_to_confirm(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, EraseText.Confirm), replies);
    }
}
