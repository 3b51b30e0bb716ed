using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A survivor who says in a few words what happened, at the main menu or as the very first message ("I was raped",
/// "몰카 찍혔어요"), without telling the story the report could start from. Before, the menu answered "I didn't quite get
/// that" (or, as a first message, only the welcome) and the words were lost. Now they are heard, said back, and the ways
/// on for that are offered: the report starting with those words, the law for that kind, a counsellor, or the menu.
/// A first message that asks about the law in words naming the kind ("가해자가 명예훼손으로 고소했어요") gets the law for it
/// after the welcome.
/// </summary>
public sealed class DisclosureAtMenuTests
{
    [Theory]
    [InlineData("안녕하세요", "몰카 찍혔어요", "report.type.illegal_filming")]
    [InlineData("안녕하세요", "스토킹 당하고 있어요ㅠ", "report.type.stalking")]
    [InlineData("안녕하세요", "딥페이크 때문에요", "report.type.deepfake")]
    [InlineData("안녕하세요", "불촬당함", "report.type.illegal_filming")]
    [InlineData("hello", "i was raped", "report.type.sexual_assault")]
    [InlineData("hello", "i got doxxed", "report.type.online_harassment")]
    [InlineData("hello", "deepfakes of me", "report.type.deepfake")]
    public async Task A_few_words_of_what_happened_at_the_menu_are_heard_and_the_ways_on_offered(string greeting, string words, string type)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Heard), replies);
        Assert.Contains(Catalog.In(korean, DisclosureText.Understood, ("types", Catalog.In(korean, new TextKey(type)))), replies);
        Assert.Contains(Catalog.In(korean, DisclosureText.Ask), replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("몰카 찍혔어요 어떡해요", true)]
    [InlineData("i was raped", false)]
    public async Task As_the_first_message_the_welcome_comes_first_then_the_words_are_heard(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, WelcomeText.Intro), replies);
        Assert.Contains(Catalog.In(korean, DisclosureText.Heard), replies);
        Assert.Contains(Catalog.In(korean, DisclosureText.Ask), replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "성희롱 당했어요")]
    [InlineData("안녕하세요", "데이트폭력 당하고 있어요")]
    [InlineData("hello", "i was sexually harassed")]
    public async Task Harm_said_without_a_kind_is_heard_without_guessing_one(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, DisclosureText.Heard), replies);
        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Understood, ("types", string.Empty)).TrimEnd(), replies);

        // The law for it, with no kind known, is the topic question.
        var legal = await host.Say("2");
        Assert.Contains(Catalog.In(korean, LegalText.BrowsePrompt), legal);
    }

    [Theory]
    [InlineData("안녕하세요", "몰카 찍혔어요", "1", "report.type.illegal_filming")]
    [InlineData("hello", "i was raped", "record this", "report.type.sexual_assault")]
    public async Task Choosing_the_report_starts_it_with_those_words_and_that_kind(string greeting, string words, string choice, string type)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";
        await host.Say(words);

        var replies = await host.Say(choice);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, new TextKey(type)), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskTypes), replies);
        await host.Say(korean ? "다 했어요" : "done");
        var summary = await host.SkipToSummaryAsync(korean ? Language.Korean : Language.English);
        Assert.Contains(words, summary);
    }

    [Theory]
    [InlineData("안녕하세요", "몰카 찍혔어요", "2", "report.type.illegal_filming")]
    [InlineData("안녕하세요", "스토킹 당하고 있어요", "어떻게 해야 해요", "report.type.stalking")]
    [InlineData("hello", "i got doxxed", "what can i do", "report.type.online_harassment")]
    public async Task Asking_for_the_law_there_reads_the_law_for_that_kind(string greeting, string words, string ask, string type)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";
        await host.Say(words);

        var replies = await host.Say(ask);

        Assert.Contains(Catalog.In(korean, LegalText.IntroReport, ("types", Catalog.In(korean, new TextKey(type)))), replies);
        Assert.DoesNotContain(Catalog.In(korean, LegalText.BrowsePrompt), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "성추행 당했어요", "회사 팀장이 회식 끝나고 그랬어요")]
    [InlineData("hello", "i was raped", "it was my ex boyfriend at his place last week")]
    public async Task Going_on_telling_instead_of_choosing_starts_the_report_with_both_messages(string greeting, string words, string more)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";
        await host.Say(words);

        var replies = await host.Say(more);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        await host.Say(korean ? "다 했어요" : "done");
        var summary = await host.SkipToSummaryAsync(korean ? Language.Korean : Language.English);
        Assert.Contains(words, summary);
        Assert.Contains(more, summary);
    }

    [Fact]
    public async Task The_kinds_are_read_from_both_messages_together()
    {
        await using var host = new DialogTestHost();
        await host.Say("성추행 당했어요");

        var replies = await host.Say("회사 팀장이 회식 끝나고 택시에서 그랬어요");

        // Neither message says "at work" and "groped" both; together they do.
        Assert.Contains(Catalog.Ko(ReportText.TypeHarassmentWorkSchool), replies);
        Assert.Contains(Catalog.Ko(ReportText.TypeSexualAssault), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "몰카 찍혔어요", "다른 메뉴 보기")]
    [InlineData("hello", "i was raped", "4")]
    public async Task Something_else_goes_back_to_the_menu(string greeting, string words, string other)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";
        await host.Say(words);

        var replies = await host.Say(other);

        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("가해자가 저를 명예훼손으로 고소했어요", true)]
    [InlineData("미투했다가 무고로 역고소 당했어요 어떡해요", true)]
    [InlineData("he says he's going to sue me for defamation for posting about it", false)]
    public async Task A_first_message_about_being_sued_gets_the_law_for_it_after_the_welcome(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, WelcomeText.Intro), replies);
        Assert.Contains(Catalog.In(korean, LegalText.IntroReport, ("types", Catalog.In(korean, ReportText.TypeCounterLawsuit))), replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("소송 하고 싶어요", true)]
    [InlineData("고소하고 싶어요", true)]
    [InlineData("고소하고 싶은데 어떻게 해야 해요", true)]
    [InlineData("i want to press charges, what should i do", false)]
    [InlineData("what can i do", false)]
    public async Task Wanting_to_sue_is_not_being_sued(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, WelcomeText.Intro), replies);
        Assert.Contains(Catalog.In(korean, LegalText.BrowsePrompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.TypeCounterLawsuit), replies);
    }

    [Theory]
    [InlineData("안녕하세요", true)]
    [InlineData("이거 익명 맞아요?", true)]
    [InlineData("hi, is this anonymous?", false)]
    [InlineData("i need help with work stuff", false)]
    public async Task Ordinary_first_messages_still_get_the_welcome_and_the_menu(string words, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Heard), replies);
    }
}
