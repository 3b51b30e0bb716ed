using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// At the main menu, asking for the law in one's own words opens the legal options, as the menu's second entry does:
/// before, only a few fixed phrasings did, and "법률 정보 알려주세요" or "can I sue him" got "I didn't quite get that".
/// </summary>
public sealed class MenuOwnWordsTests
{
    [Theory]
    [InlineData("안녕하세요", "법률 정보 알려주세요")]
    [InlineData("안녕하세요", "음 그냥 법적인 거 알고 싶어요")]
    [InlineData("안녕하세요", "고소할 수 있어요?")]
    [InlineData("안녕하세요", "변호사 도움 받을수있나요")]
    [InlineData("hello", "can I sue him")]
    [InlineData("hello", "i need a lawyer")]
    [InlineData("hello", "what are my rights here")]
    public async Task Asking_for_the_law_in_ones_own_words_at_the_menu_opens_the_legal_options(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.SendAsync(greeting);
        var korean = greeting != "hello";

        var replies = await host.SendAsync(words);

        var browse = korean ? Catalog.Ko(LegalText.BrowsePrompt) : Catalog.En(LegalText.BrowsePrompt);
        Assert.Contains(replies, r => r.StartsWith(browse, StringComparison.Ordinal));
        // The report's "you can change it at the summary" note does not belong at the menu.
        var understood = korean ? Catalog.Ko(AnswersText.Understood) : Catalog.En(AnswersText.Understood);
        Assert.DoesNotContain(replies, r => r.StartsWith(understood[..12], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("안녕하세요", "잘 모르겠어요")]
    [InlineData("안녕하세요", "방법을 모르겠어요")]
    [InlineData("안녕하세요", "방법이 없어요")]
    [InlineData("hello", "hmm")]
    public async Task Words_that_ask_for_nothing_on_the_menu_are_still_asked_about(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.SendAsync(greeting);
        var korean = greeting != "hello";

        var replies = await host.SendAsync(words);

        Assert.DoesNotContain(replies, r => r.StartsWith(korean ? Catalog.Ko(LegalText.BrowsePrompt) : Catalog.En(LegalText.BrowsePrompt), StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains(korean ? Catalog.Ko(MenuText.Prompt) : Catalog.En(MenuText.Prompt), StringComparison.Ordinal));
    }
}
