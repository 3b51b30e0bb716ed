using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A time told as a span or a vague count ("5월 말이나 6월 초쯤", "a couple of weeks ago") is offered and kept with both
/// ends: the survivor's words first, then the approximate range they stand for (the test clock's today is 2026-11-25).
/// </summary>
public sealed class StorySpanOfferTests
{
    [Theory]
    [InlineData("ko", "5월 말이나 6월 초쯤 회식 자리에서 팀장이 억지로 키스했어요", "5월 말이나 6월 초쯤 (", "2026년 5월 21일 ~ 2026년 6월 10일")]
    [InlineData("en", "late may or early june at a work party my manager kissed me", "late may or early june (", "21 May 2026 ~ 10 Jun 2026")]
    [InlineData("en", "between christmas and new year my uncle kept touching me", "between christmas and new year (", "22 Dec 2025 ~ 4 Jan 2026")]
    public async Task A_span_in_the_story_is_offered_with_both_ends(string language, string story, string words, string range)
    {
        var (host, _, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldWhen, ReportText.AskWhen);
        await using var _ = host;

        Assert.NotNull(offer);
        Assert.StartsWith(words, offer, StringComparison.Ordinal);
        Assert.Contains(range, offer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "a couple of weeks ago", "1 Nov 2026 ~ 14 Nov 2026")]
    [InlineData("ko", "두어 주 전이요", "2026년 11월 1일 ~ 2026년 11월 14일")]
    [InlineData("ko", "2-3주 전", "2026년 11월 1일 ~ 2026년 11월 14일")]
    public async Task A_vague_count_answered_at_when_is_two_to_three_weeks_back_in_the_summary(string language, string answer, string range)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        await host.StartStoryAsync(lang);
        await host.SkipUntilAsync(lang, ReportText.AskWhen);

        await host.Say(answer);
        var summary = await host.SkipToSummaryAsync(lang);

        Assert.Contains(answer, summary, StringComparison.Ordinal);
        Assert.Contains(range, summary, StringComparison.Ordinal);
    }
}
