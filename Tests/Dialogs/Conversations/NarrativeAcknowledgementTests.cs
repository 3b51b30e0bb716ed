using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "네" or "ok" alone while telling the story answers the "is there more?" note: the survivor is told to go on, and the
/// word is not kept as a part of the story (the summary counts only what they told).
/// </summary>
public sealed class NarrativeAcknowledgementTests
{
    [Theory]
    [InlineData("ko", "작년 3월 회식 자리에서 팀장이 계속 허벅지를 만졌어요", "네", "다음 날 단톡방에서 저를 놀렸어요", "다 했어요")]
    [InlineData("ko", "지난주에 모르는 사람이 지하철에서 몰래 찍었어요", "넵", "경찰에는 아직 말 안 했어요", "다 했어요")]
    [InlineData("en", "my manager kept touching me at the office party last spring", "yes", "the next day he laughed about it in the group chat", "done")]
    [InlineData("en", "someone filmed me on the subway last week", "ok", "i havent told anyone yet", "done")]
    public async Task A_bare_yes_while_telling_the_story_says_go_on_and_is_not_kept(string language, string first, string yes, string second, string done)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartStoryAsync(lang);
        Assert.Contains(texts.Get(ReportText.NarrativeMore, lang), await host.Say(first), StringComparison.Ordinal);

        var afterYes = await host.Say(yes);
        Assert.Contains(texts.Get(ReportText.NarrativeGoOn, lang), afterYes, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.NarrativeMore, lang), afterYes, StringComparison.Ordinal);

        Assert.Contains(texts.Get(ReportText.NarrativeMore, lang), await host.Say(second), StringComparison.Ordinal);
        await host.Say(done);

        // Two parts told, the "yes" left out.
        await AssertSummaryTellsAsync(host, lang, first, second);
    }

    [Theory]
    [InlineData("ko", "작년 3월 회식 자리에서 팀장이 계속 허벅지를 만졌어요", "아니요")]
    [InlineData("ko", "지난주에 모르는 사람이 지하철에서 몰래 찍었어요", "괜찮아요")]
    [InlineData("en", "my manager kept touching me at the office party last spring", "no")]
    [InlineData("en", "someone filmed me on the subway last week", "nope")]
    public async Task A_bare_no_after_the_story_ends_it_and_the_report_goes_on(string language, string story, string no)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartStoryAsync(lang);
        await host.Say(story);

        // The story is over: the next part of the report (here the time the story told, offered) and no "keep going".
        var next = await host.Say(no);
        Assert.DoesNotContain(texts.Get(ReportText.NarrativeMore, lang), next, StringComparison.Ordinal);
        var offer = texts.Get(StoryOfferText.Ask, lang, ("label", string.Empty), ("answer", string.Empty));
        Assert.Contains(offer[..offer.IndexOf('\n', StringComparison.Ordinal)], next, StringComparison.Ordinal);
        await AssertSummaryTellsAsync(host, lang, story);
    }

    [Theory]
    [InlineData("ko", "괜찮아요", "지난주에 모르는 사람이 지하철에서 몰래 찍었어요")]
    [InlineData("en", "i'm ok", "someone filmed me on the subway last week")]
    public async Task Okay_before_anything_was_told_does_not_skip_the_story(string language, string okay, string story)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartStoryAsync(lang);

        // "If you feel able to, tell me what happened": "i'm ok" may mean they can, so the story is still open, and the
        // words are not kept as its first part.
        Assert.Contains(texts.Get(ReportText.NarrativeGoOn, lang), await host.Say(okay), StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.NarrativeMore, lang), await host.Say(story), StringComparison.Ordinal);
        await host.Say(lang == Language.Korean ? "다 했어요" : "done");
        await AssertSummaryTellsAsync(host, lang, story);
    }

    // The summary's story line counts exactly these parts and their characters (a word left out changes both).
    private static async Task AssertSummaryTellsAsync(DialogTestHost host, Language language, params string[] parts)
    {
        var summary = await host.SkipUntilAsync(language, ReportText.SummaryAsk, most: 10);
        var line = host.Services.GetRequiredService<ITextCatalog>().Get(parts.Length == 1 ? ReportText.SummaryNarrativeOne : ReportText.SummaryNarrative, language, ("parts", parts.Length), ("chars", parts.Sum(p => p.Length)), ("excerpt", parts[0]));
        Assert.Contains(line, summary, StringComparison.Ordinal);
    }
}
