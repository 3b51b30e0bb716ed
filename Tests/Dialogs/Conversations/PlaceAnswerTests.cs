using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Where did it happen?" is an open question: a bare "네" or "yes" is no place, and was kept as the place ("어디서:
/// 네" in the summary). Now the question is asked again in other words, with how to skip; a place that starts with a yes
/// ("네 회사에서요") is still a place.
/// </summary>
public sealed class PlaceAnswerTests
{
    [Theory]
    [InlineData(true, "네")]
    [InlineData(true, "응")]
    [InlineData(true, "아니요")]
    [InlineData(false, "yes")]
    [InlineData(false, "yeah")]
    [InlineData(false, "no")]
    public async Task A_bare_yes_or_no_to_where_it_happened_asks_again_with_how_to_skip(bool korean, string bare)
    {
        await using var host = new DialogTestHost();
        await AtThePlaceQuestionAsync(host, korean);

        var replies = await host.Say(bare);

        Assert.Contains(Catalog.In(korean, ReportText.RetryPlace), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskWho), replies);

        var next = await host.Say(korean ? "회사 탕비실이요" : "in the office kitchen");
        Assert.Contains(Catalog.In(korean, ReportText.AskWho), next);
        var summary = await host.SkipToSummaryAsync(korean ? Language.Korean : Language.English);
        Assert.Contains(korean ? "회사 탕비실이요" : "in the office kitchen", summary);
    }

    [Theory]
    [InlineData(true, "네 회사에서요")]
    [InlineData(false, "yes at my school")]
    public async Task A_place_after_a_yes_is_a_place(bool korean, string place)
    {
        await using var host = new DialogTestHost();
        await AtThePlaceQuestionAsync(host, korean);

        var replies = await host.Say(place);

        Assert.DoesNotContain(Catalog.In(korean, ReportText.RetryPlace), replies);
        Assert.Contains(Catalog.In(korean, ReportText.AskWho), replies);
    }

    private static async Task AtThePlaceQuestionAsync(DialogTestHost host, bool korean)
    {
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(korean ? "신고하고 싶어요" : "i want to report");
        await host.Say("9");
        await host.Say(korean ? "건너뛰기" : "skip");
        var place = await host.Say(korean ? "건너뛰기" : "skip");
        Assert.Contains(Catalog.In(korean, ReportText.AskPlace), place);
    }
}
