using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Asking whether a person is there at all ("챗봇 말고 사람 없어요?", "are you a bot", "is anyone real there") is a
/// request for a counsellor, at the menu and in the middle of a question; someone in the story who was or was not a
/// real person is not.
/// </summary>
public sealed class IndirectHumanRequestTests
{
    [Theory]
    [InlineData("ko", "챗봇 말고 사람 없어요?")]
    [InlineData("ko", "사람 없나요")]
    [InlineData("ko", "혹시 봇이에요?")]
    [InlineData("en", "is anyone real there")]
    [InlineData("en", "am i talking to a bot")]
    [InlineData("en", "i dont want to talk to a machine")]
    [InlineData("en", "is anybody reading this at all")]
    [InlineData("en", "i just need someone to talk to")]
    [InlineData("ko", "잠깐만요 상담사님 계세요?")]
    public async Task Asking_whether_a_person_is_there_offers_a_counsellor_in_the_middle_of_a_question(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        await AtWhenQuestionAsync(host, lang);

        var replies = await host.Say(words);

        Assert.Contains(FirstLine(host, HandoffText.Hotlines, lang), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "여기 진짜 사람 있어요?")]
    [InlineData("en", "are you a real person")]
    public async Task Asking_whether_a_person_is_there_offers_a_counsellor_at_the_menu(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        await host.Say(language == "ko" ? "안녕하세요" : "hello");

        var replies = await host.Say(words);

        Assert.Contains(FirstLine(host, HandoffText.Hotlines, lang), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "주변에 사람 없었어요")]
    [InlineData("ko", "도와줄 사람이 없어요")]
    [InlineData("en", "he pretended to be someone real")]
    [InlineData("en", "nobody was there")]
    public async Task A_story_about_people_there_or_not_is_no_request(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        await AtWhenQuestionAsync(host, lang);

        var replies = await host.Say(words);

        Assert.DoesNotContain(FirstLine(host, HandoffText.Hotlines, lang), replies, StringComparison.Ordinal);
    }

    private static async Task AtWhenQuestionAsync(DialogTestHost host, Language language)
    {
        await (language == Language.Korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.SkipUntilAsync(language, ReportText.AskWhen);
    }

    private static string FirstLine(DialogTestHost host, TextKey key, Language language) =>
        host.Services.GetRequiredService<ITextCatalog>().Get(key, language).Split('\n')[0].Split('{')[0];
}
