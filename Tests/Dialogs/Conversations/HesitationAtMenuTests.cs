using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A survivor who finds it hard to begin ("어떻게 말해야 할지 모르겠어요", "um i dont really know how to say this") at the
/// menu, after saying what happened in a few words, or as the very first message gets time and no pressure, then the
/// same question. Before, the menu said "I didn't quite get that", and the Korean phrasings got the help text as if they
/// asked how the bot works; a story that began that way was checked as a request for help.
/// </summary>
public sealed class HesitationAtMenuTests
{
    [Theory]
    [InlineData("안녕하세요", "어떻게 말해야 할지 모르겠어요")]
    [InlineData("안녕하세요", "말하기가 너무 힘들어요ㅠ")]
    [InlineData("안녕하세요", "아무한테도 말 못했던 건데 말해도 되나요")]
    [InlineData("hello", "um i dont really know how to say this")]
    [InlineData("hello", "can i tell you something")]
    [InlineData("hello", "its really hard to talk about")]
    public async Task Finding_it_hard_to_begin_at_the_menu_gets_time_then_the_menu(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Hesitant), replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
        Assert.DoesNotContain(Catalog.In(korean, HelpText.Text), replies);
    }

    [Theory]
    [InlineData("말하기 너무 힘든데요", true)]
    [InlineData("i've never told anyone this", false)]
    public async Task As_the_first_message_the_welcome_comes_first(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.SendAsync(words);

        Assert.StartsWith(Catalog.In(korean, WelcomeText.Intro), replies[0], StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Contains(Catalog.In(korean, DisclosureText.Hesitant), StringComparison.Ordinal));
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_few_words_of_what_happened_the_ways_on_are_asked_again()
    {
        await using var host = new DialogTestHost();
        await host.Say("안녕하세요");
        await host.Say("몰카 찍혔어요");

        var replies = await host.Say("말하기가 너무 힘들어요");

        Assert.Contains(Catalog.Ko(DisclosureText.Hesitant), replies);
        Assert.Contains(Catalog.Ko(DisclosureText.Ask), replies);
    }

    [Theory]
    [InlineData("hello", "i dont know how to say this but my boss touched me at work")]
    [InlineData("안녕하세요", "어떻게 말해야 할지 모르겠는데 전남친이 영상 뿌린다고 협박해요")]
    public async Task A_story_that_begins_with_hesitation_starts_the_report(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Hesitant), replies);
        Assert.DoesNotContain(Catalog.In(korean, HelpText.Text), replies);
    }

    [Theory]
    [InlineData("hello", "how do i use this")]
    [InlineData("안녕하세요", "도움말")]
    public async Task Asking_how_the_bot_works_still_gets_the_help(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, HelpText.Text), replies);
        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Hesitant), replies);
    }

    [Fact]
    public async Task What_is_told_after_the_pause_starts_the_report()
    {
        await using var host = new DialogTestHost();
        await host.Say("hello");
        await host.Say("i dont know where to start");

        var replies = await host.Say("my coworker keeps sending me sexual messages at night");

        Assert.Contains(Catalog.En(StoryText.Intro), replies);
    }
}
