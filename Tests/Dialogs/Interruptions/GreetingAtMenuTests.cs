using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// The web widget shows the welcome and the menu as it opens, so a survivor's first "hello" reaches the menu. It used to
/// get "Sorry, I didn't quite get that"; now a greeting or a thank-you said alone gets a kind word and the menu again.
/// Words that ask for something or tell what happened are never taken for a greeting.
/// </summary>
public sealed class GreetingAtMenuTests
{
    [Theory]
    [InlineData("안녕하세요", "안녕하세요")]
    [InlineData("안녕하세요", "안녕하세여ㅎㅎ")]
    [InlineData("안녕하세요", "ㅎㅇ")]
    [InlineData("안녕하세요", "저기요~")]
    [InlineData("hello", "hi")]
    [InlineData("hello", "Hello there! 👋")]
    [InlineData("hello", "hey :)")]
    [InlineData("hello", "hiii")]
    public async Task A_greeting_at_the_menu_gets_a_kind_word_and_the_menu(string first, string greeting)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(greeting);

        Assert.Contains(Catalog.In(korean, MenuText.Greeting), replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "감사합니다")]
    [InlineData("안녕하세요", "ㄱㅅ")]
    [InlineData("hello", "thank you so much 🙏")]
    [InlineData("hello", "thx")]
    public async Task Thanks_at_the_menu_is_answered(string first, string thanks)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(thanks);

        Assert.Contains(Catalog.In(korean, MenuText.Thanks), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "안녕하세요 신고하려고요")]
    [InlineData("안녕하세요", "안녕하세요 몰카 찍혔어요")]
    [InlineData("hello", "hi i was raped")]
    [InlineData("hello", "hello can i talk to a real person")]
    public async Task A_greeting_with_a_request_or_a_story_is_the_request_or_the_story(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, MenuText.Greeting), replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Fact]
    public async Task A_greeting_at_a_report_question_is_not_answered_as_one()
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync("en", "place");

        var replies = await host.Say("hi");

        Assert.DoesNotContain(Catalog.En(MenuText.Greeting), replies);
    }
}
