using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A doubt at a story offer ("음 잘 모르겠어요", "not sure", "그건 아닌 것 같은데") is taken kindly: the offer is not taken,
/// nothing is recorded, and the question is asked on its own (where "I don't know" passes it, as at every question), never
/// "please answer yes or no". A value said with the doubt ("not sure, maybe april") is taken.
/// </summary>
public sealed class StoryOfferDoubtTests
{
    [Theory]
    [InlineData("ko", "음 잘 모르겠어요", true)]
    [InlineData("ko", "잘 모르겠어요", true)]
    [InlineData("ko", "글쎄요 헷갈려요", true)]
    [InlineData("ko", "그건 아닌 것 같은데", false)]
    [InlineData("en", "not sure", true)]
    [InlineData("en", "hmm i dont think so", true)]
    [InlineData("en", "idk tbh", true)]
    [InlineData("en", "i dont think so", false)]
    public async Task A_doubt_at_the_when_offer_asks_the_question_on_its_own(string language, string doubt, bool unsure)
    {
        var korean = language == "ko";
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
        await host.Say(korean ? "작년 겨울쯤 지도교수님이 연구실에서 손을 잡았어요" : "sometime last winter my professor grabbed my hand");
        var offer = await host.Say(korean ? "다 했어요" : "done");
        Assert.Contains(Catalog.In(korean, ReportText.FieldWhen) + ": ", offer, StringComparison.Ordinal);

        var replies = await host.Say(doubt);

        Assert.Contains(Catalog.In(korean, ReportText.AskWhen), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryConfirm), replies, StringComparison.Ordinal);
        Assert.Equal(unsure, replies.Contains(Catalog.In(korean, StoryOfferText.Unsure), StringComparison.Ordinal));

        // Nothing was recorded from the offer: "I don't know" now passes the question, as everywhere.
        var next = await host.Say(korean ? "모르겠어요" : "i dont know");
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskWhen), next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_said_with_the_doubt_is_taken()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say("sometime last winter my professor grabbed my hand");
        await host.Say("done");

        var replies = await host.Say("not sure, maybe april");

        Assert.DoesNotContain(Catalog.In(false, ReportText.AskWhen), replies, StringComparison.Ordinal);
        Assert.Contains(Catalog.In(false, ReportText.AskPlace).Split('\n')[0], replies, StringComparison.Ordinal);
    }
}
