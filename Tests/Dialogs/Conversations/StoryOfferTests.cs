using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Details told in the story (who, when) are offered at their questions instead of being asked as if unheard; yes takes
/// them, no with a value takes that value, a skip passes. At the summary, naming a part's value ("it was in March, not
/// April") changes that part.
/// </summary>
public sealed class StoryOfferTests
{
    [Theory]
    [InlineData("ko", "회사 동료가 회식 끝나고 억지로 만졌어요", "네")]
    [InlineData("en", "my ex posted my photos in a group chat", "yes")]
    public async Task Who_told_in_the_story_is_offered_and_yes_takes_it(string language, string story, string yes)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.Say(lang == Language.Korean ? "안녕하세요" : "hello");
        await host.Say(story);
        await host.Say(lang == Language.Korean ? "다 했어요" : "done");

        var offer = await SkipUntilOfferAsync(host, texts, lang);
        Assert.DoesNotContain(texts.Get(ReportText.AskWho, lang), offer, StringComparison.Ordinal);

        var next = await host.Say(yes);
        Assert.Contains(texts.Get(ReportText.AskEvidence, lang).Split('\n')[0], next, StringComparison.Ordinal);
        var summary = await SkipToSummaryAsync(host, lang);
        var who = lang == Language.Korean && story.Contains("동료", StringComparison.Ordinal) ? ReportText.WhoBossColleague : ReportText.WhoPartner;
        Assert.Contains(texts.Get(ReportText.FieldWho, lang) + ": " + texts.Get(who, lang), summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my manager kissed me at the party and wouldnt let go")]
    [InlineData("so this guy i didnt know followed me into the bathroom")]
    public async Task Who_is_offered_from_a_story_that_also_says_not(string story)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say(story);
        await host.Say("done");

        var offer = await SkipUntilOfferAsync(host, texts, Language.English);

        var who = story.Contains("manager", StringComparison.Ordinal) ? ReportText.WhoBossColleague : ReportText.WhoStranger;
        Assert.Contains(texts.Get(ReportText.FieldWho, Language.English) + ": " + texts.Get(who, Language.English), offer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_with_another_value_takes_that_value()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.Say("안녕하세요");
        await host.Say("회사 동료가 회식 끝나고 억지로 만졌어요");
        await host.Say("다 했어요");
        await SkipUntilOfferAsync(host, texts, Language.Korean);

        var next = await host.Say("아니요 전 남자친구였어요");

        Assert.Contains(texts.Get(ReportText.AskEvidence, Language.Korean).Split('\n')[0], next, StringComparison.Ordinal);
        var summary = await SkipToSummaryAsync(host, Language.Korean);
        Assert.Contains(texts.Get(ReportText.FieldWho, Language.Korean) + ": " + texts.Get(ReportText.WhoPartner, Language.Korean), summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_told_in_the_story_is_offered_and_a_plain_no_asks_the_question()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say("it happened last march at a party, a guy i didnt know grabbed me");
        var offer = await host.Say("done");
        Assert.Contains(texts.Get(StoryOfferText.Ask, Language.English).Split('\n')[0], offer, StringComparison.Ordinal);
        Assert.Contains("last march", offer, StringComparison.Ordinal);

        var asked = await host.Say("no");

        Assert.Contains(texts.Get(ReportText.AskWhen, Language.English), asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_still_to_come_in_the_story_is_not_offered_as_when_it_happened()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say("he says he will post the video tomorrow");

        var replies = await host.Say("done");

        Assert.Contains(texts.Get(ReportText.AskWhen, Language.English), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(StoryOfferText.Ask, Language.English).Split('\n')[0], replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "3 April 2026", "it was in March, not April", "Mar 2026", "Apr")]
    [InlineData("ko", "2026년 4월 3일", "4월 아니고 3월이었어요", "3월", "4월 3일")]
    public async Task Naming_a_value_at_the_summary_changes_that_part(string language, string when, string correction, string expected, string old)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await (lang == Language.Korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.SkipUntilAsync(lang, ReportText.AskWhen);
        await host.Say(when);
        var summary = await SkipToSummaryAsync(host, lang);
        Assert.Contains(old, summary, StringComparison.Ordinal);

        var replies = await host.Say(correction);

        Assert.Contains(texts.Get(StoryOfferText.Changed, lang, ("changes", string.Empty)).Trim(), replies, StringComparison.Ordinal);
        var line = replies.Split('\n').Last(l => l.StartsWith("• " + texts.Get(ReportText.FieldWhen, lang), StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(old, line, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.SummaryAsk, lang), replies, StringComparison.Ordinal);
    }

    private static async Task<string> SkipUntilOfferAsync(DialogTestHost host, ITextCatalog texts, Language language)
    {
        var offer = texts.Get(StoryOfferText.Ask, language).Split('\n')[0];
        var who = texts.Get(ReportText.FieldWho, language) + ": ";
        for (var i = 0; i < 6; i++)
        {
            var replies = await host.Say(ReportWalk.Skip(language));
            if (replies.Contains(offer, StringComparison.Ordinal) && replies.Contains(who, StringComparison.Ordinal))
            {
                return replies;
            }
        }

        Assert.Fail("The story's answer was never offered.");
        return string.Empty;
    }

    private static async Task<string> SkipToSummaryAsync(DialogTestHost host, Language language)
    {
        var intro = host.Services.GetRequiredService<ITextCatalog>().Get(ReportText.SummaryIntro, language);
        for (var i = 0; i < 10; i++)
        {
            var replies = await host.Say(ReportWalk.Skip(language));
            if (replies.Contains(intro, StringComparison.Ordinal))
            {
                return replies;
            }
        }

        Assert.Fail("The summary was never shown.");
        return string.Empty;
    }
}
