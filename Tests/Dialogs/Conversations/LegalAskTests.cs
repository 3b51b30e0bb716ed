using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Asking what one can do, in the words survivors use ("i just want to know my options", "어떤 방법이 있나요?", "제가 할 수 있는
/// 게 뭐가 있는지 알고 싶어요"), opens the legal options, at the menu or in the middle of a report; before, the English got the
/// help text and the Korean "I didn't get that". "None of the options fit" at the menu is no disclosure of a kind "Other".
/// </summary>
public sealed class LegalAskTests
{
    [Theory]
    [InlineData("en", "i just want to know my options")]
    [InlineData("en", "what options do i have")]
    [InlineData("en", "what can i even do")]
    [InlineData("ko", "제가 할 수 있는 게 뭐가 있는지 알고 싶어요")]
    [InlineData("ko", "어떤 방법이 있나요?")]
    [InlineData("ko", "방법이 있을까요")]
    public async Task Asking_what_one_can_do_opens_the_legal_options(string language, string ask)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.SayAtMenuAsync(ReportWalk.Lang(language), ask);

        Assert.Contains(Catalog.In(korean, LegalText.BrowsePrompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, HelpText.Text), replies);
    }

    [Theory]
    [InlineData("en", "none of the options fit")]
    [InlineData("ko", "해당되는 게 없어요")]
    public async Task None_of_the_options_at_the_menu_discloses_nothing(string language, string words)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.SayAtMenuAsync(ReportWalk.Lang(language), words);

        Assert.DoesNotContain(Catalog.In(korean, DisclosureText.Heard), replies);
    }
}
