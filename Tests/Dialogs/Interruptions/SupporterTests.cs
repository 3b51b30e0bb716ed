using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// Someone writing for another person who was harmed is answered as a supporter. Before, "친구가 성폭행 당했는데 어떻게
/// 도와줘야 할지 모르겠어요" started a report with the friend's story kept as the writer's own. A survivor telling their own
/// story in which someone close appears ("친구가 저를 몰래 찍었어요", "my friend was there when he filmed me") is still
/// heard as their story.
/// </summary>
public sealed class SupporterTests
{
    [Theory]
    [InlineData("안녕하세요", "친구가 성폭행 당했는데 어떻게 도와줘야 할지 모르겠어요")]
    [InlineData("안녕하세요", "제 동생이 학교에서 성추행 당하고 있어요")]
    [InlineData("안녕하세요", "친구한테 몰카 피해 얘기를 들었는데 뭐라고 말해줘야 할까요")]
    [InlineData("hello", "my friend told me she was raped, how can i help her")]
    [InlineData("hello", "how can i help my daughter")]
    [InlineData("hello", "my roommate got assaulted last weekend and i dont know what to say to her")]
    public async Task A_supporter_at_the_menu_is_answered_as_one_and_no_report_starts(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Supporter), replies);
        Assert.Contains("1366", replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, StoryText.Intro), replies);
    }

    [Theory]
    [InlineData("친구가 몰카 당했대요 어떻게 해야 돼요", true)]
    [InlineData("my sister got assaulted at a party, what should i tell her", false)]
    public async Task A_supporters_first_message_gets_the_welcome_then_the_answer(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Supporter), replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "친구가 저를 몰래 찍었어요")]
    [InlineData("안녕하세요", "남친이 올린 영상이 유포됐어요")]
    [InlineData("hello", "my friend was there when he filmed me")]
    [InlineData("hello", "my boyfriend was filming me without asking")]
    public async Task A_survivors_own_story_with_someone_close_in_it_is_their_story(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Supporter), replies);
    }
}
