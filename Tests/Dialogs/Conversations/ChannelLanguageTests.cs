using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>The first turn speaks the language the channel says (the web page's locale, Kakao); only silence gets the two-language question.</summary>
public sealed class ChannelLanguageTests
{
    [Theory]
    [InlineData("ko-KR", Language.Korean)]
    [InlineData("en-US", Language.English)]
    public async Task A_page_that_says_its_language_is_greeted_in_it_without_the_language_question(string locale, Language expected)
    {
        await using var host = new DialogTestHost();
        var texts = host.Services.GetRequiredService<ITextCatalog>();

        var replies = await host.SendActivityAsync(Opening(host, locale, channel: "directline"));
        var all = string.Join("\n", replies.Select(r => r.Text));

        Assert.Contains(texts.Get(WelcomeText.Intro, expected), all, StringComparison.Ordinal);
        Assert.Contains(texts.Get(MenuText.Prompt, expected), all, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(WelcomeText.ChooseLanguage, Language.Korean), all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kakao_is_Korean_even_when_its_request_names_no_language()
    {
        await using var host = new DialogTestHost();
        var texts = host.Services.GetRequiredService<ITextCatalog>();

        var replies = await host.SendActivityAsync(Opening(host, locale: null, channel: "kakao"));

        Assert.Contains(replies, r => r.Text.Contains(texts.Get(MenuText.Prompt, Language.Korean), StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_the_survivor_writes_outweighs_the_page_language()
    {
        await using var host = new DialogTestHost { Locale = "ko-KR" };
        var texts = host.Services.GetRequiredService<ITextCatalog>();

        var replies = string.Join("\n", await host.SendAsync("Hi, I need some help"));

        Assert.Contains(texts.Get(MenuText.Prompt, Language.English), replies, StringComparison.Ordinal);
    }

    private static Activity Opening(DialogTestHost host, string? locale, string channel)
    {
        var update = host.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [new ChannelAccount("survivor")];
        update.Locale = locale;
        update.ChannelId = channel;
        return update;
    }
}
