using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The place told in the story ("회식 자리에서", "at the office party") is offered at the "where" question instead of being
/// asked as if unheard: yes takes it, "no" with a place takes that place, other words are the answer as written.
/// </summary>
public sealed class StoryPlaceOfferTests
{
    [Theory]
    [InlineData("ko", "작년 3월에 회식 자리에서 팀장이 허벅지를 만졌어요", "회식 자리")]
    [InlineData("en", "my coworker kissed me at the office party", "at the office party")]
    public async Task The_place_told_in_the_story_is_offered_and_yes_takes_it(string language, string story, string place)
    {
        var korean = language == "ko";
        await using var host = await TellAsync(korean, story);

        var offer = await SkipUntilPlaceOfferAsync(host, korean);
        Assert.Contains(Catalog.In(korean, ReportText.FieldPlace) + ": " + place, offer, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskPlace), offer, StringComparison.Ordinal);

        var next = await host.Say(korean ? "네 맞아요" : "yes");
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskPlace), next, StringComparison.Ordinal);
        var summary = await SkipToSummaryAsync(host, korean);
        Assert.Contains("• " + Catalog.In(korean, ReportText.FieldPlace) + ": " + place, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "아니요 회사 앞이었어요", "회사 앞")]
    [InlineData("en", "the parking lot after, not inside", "the parking lot after, not inside")]
    // A guess said with its doubt is the answer as written, not "not sure" (2026-12-07: it was dropped and asked again).
    [InlineData("ko", "잘 모르겠어요 카톡이었나", "잘 모르겠어요 카톡이었나")]
    [InlineData("en", "online i guess, instagram dms", "online i guess, instagram dms")]
    [InlineData("en", "not sure, maybe snapchat", "not sure, maybe snapchat")]
    public async Task A_place_given_instead_is_taken(string language, string reply, string place)
    {
        var korean = language == "ko";
        await using var host = await TellAsync(korean, OfficeParty(korean));
        await SkipUntilPlaceOfferAsync(host, korean);

        var next = await host.Say(reply);

        Assert.DoesNotContain(Catalog.In(korean, StoryOfferText.Unsure), next, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskPlace), next, StringComparison.Ordinal);
        var summary = await SkipToSummaryAsync(host, korean);
        Assert.Contains("• " + Catalog.In(korean, ReportText.FieldPlace) + ": " + place, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "음 잘 모르겠어요")]
    [InlineData("en", "hmm not sure")]
    [InlineData("en", "not sure, does instagram count?")]
    public async Task A_doubt_that_names_no_place_asks_the_question_on_its_own(string language, string reply)
    {
        var korean = language == "ko";
        await using var host = await TellAsync(korean, OfficeParty(korean));
        await SkipUntilPlaceOfferAsync(host, korean);

        var next = await host.Say(reply);

        Assert.Contains(Catalog.In(korean, ReportText.AskPlace).Split('\n')[0], next, StringComparison.Ordinal);
    }

    private static string OfficeParty(bool korean) => korean ? "회식 자리에서 팀장이 억지로 껴안았어요" : "my manager grabbed me at the office party";

    private static async Task<DialogTestHost> TellAsync(bool korean, string story)
    {
        var host = ReportTestHost.Create(new MemoryStorage());
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
        await host.Say(story);
        return host;
    }

    private static async Task<string> SkipUntilPlaceOfferAsync(DialogTestHost host, bool korean)
    {
        var replies = await host.Say(korean ? "다 했어요" : "done");
        for (var i = 0; i < 3 && !replies.Contains(Catalog.In(korean, ReportText.FieldPlace) + ": ", StringComparison.Ordinal); i++)
        {
            replies = await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
        }

        Assert.Contains(Catalog.In(korean, StoryOfferText.Ask).Split('\n')[0], replies, StringComparison.Ordinal);
        return replies;
    }

    private static async Task<string> SkipToSummaryAsync(DialogTestHost host, bool korean)
    {
        var intro = Catalog.In(korean, ReportText.SummaryIntro);
        for (var i = 0; i < 10; i++)
        {
            var replies = await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
            if (replies.Contains(intro, StringComparison.Ordinal))
            {
                return replies;
            }
        }

        Assert.Fail("The summary was never shown.");
        return string.Empty;
    }
}
