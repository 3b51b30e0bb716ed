using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// Saying how hard it is, with no story and no request ("그 일 이후로 잠을 못 자요", "i cant sleep since it happened", "i keep
/// thinking its my fault"), as a first message or at the menu, got only the welcome and the menu, as if nothing had been said.
/// Now it gets that such reactions are common and not their fault, the 24-hour line and the counsellor here, then the menu.
/// Thoughts of dying said with it are the crisis check's, and a story said with it starts the report.
/// </summary>
public sealed class DistressTests
{
    [Theory]
    [InlineData("ko", "그 일 이후로 잠을 못 자요")]
    [InlineData("ko", "그 사람이 아직도 회사에 있는데 매일 마주쳐야 해서 숨이 막혀요")]
    [InlineData("ko", "요즘 계속 악몽 꾸고 밥도 못 먹겠어요ㅠㅠ")]
    [InlineData("ko", "자꾸 제 잘못 같아요")]
    [InlineData("en", "i cant sleep since it happened")]
    [InlineData("en", "i keep thinking its my fault")]
    [InlineData("en", "ive been having panic attacks and i cant focus at work")]
    [InlineData("en", "i have to see him every day and i feel sick")]
    public async Task How_hard_it_is_gets_an_answer_before_the_menu(string language, string words)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Distress), replies);
        Assert.Contains("1366", Catalog.In(korean, DisclosureText.Distress), StringComparison.Ordinal);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "요즘 잠을 못 자요")]
    [InlineData("en", "hello", "i have nightmares about it")]
    public async Task At_the_menu_too(string language, string greeting, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.Say(greeting);

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Distress), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
    }

    [Theory]
    [InlineData("ko", "잠도 못 자고 그냥 사라지고 싶어요")]
    [InlineData("en", "i have nightmares every night and i dont want to be here anymore")]
    public async Task Thoughts_of_dying_said_with_it_are_the_crisis_checks(string language, string words)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Distress), replies);
        Assert.Contains("109", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "전남친이 계속 연락해서 잠을 못 자요")]
    [InlineData("en", "my ex keeps texting me and i cant sleep")]
    public async Task A_story_said_with_it_starts_the_report(string language, string words)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Distress), replies);
    }
}
