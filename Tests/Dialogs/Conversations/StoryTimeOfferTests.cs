using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A time told in the story ("작년 3월에 회식에서 팀장이…", "a couple of weeks ago at the office party…") is offered at the
/// "when" question with only the words that say it, whether the story was told at the menu or at the story question; words
/// that only look like dates (전 of 전남친, 경 of 경찰, "may") offer nothing, and the question is asked as before.
/// </summary>
public sealed class StoryTimeOfferTests
{
    [Theory]
    [InlineData("안녕하세요", "작년 3월에 회식에서 팀장이 자꾸 허벅지를 만졌어요", "작년 3월")]
    [InlineData("안녕하세요", "작년3월에회식에서 팀장이 만졌거든요", "작년3월")]
    [InlineData("안녕하세요", "지난주 금요일 밤에 동아리 선배가 억지로 모텔로 데려갔어요", "지난주 금요일")]
    [InlineData("hello", "a couple of weeks ago at the office party my manager kissed me and wouldnt let go", "a couple of weeks ago")]
    [InlineData("hello", "last friday night at the club someone groped me", "last friday")]
    public async Task A_time_told_at_the_start_is_offered_at_the_when_question(string greeting, string story, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var korean = greeting != "hello";
        await host.Say(greeting);
        var started = await host.Say(story);
        Assert.Contains(Catalog.In(korean, StoryText.Intro), started, StringComparison.Ordinal);
        if (started.Contains(Catalog.In(korean, ReportText.AskTypes), StringComparison.Ordinal))
        {
            await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
        }

        var replies = await host.Say(korean ? "다 했어요" : "done");

        var offer = OfferLine(replies, korean);
        Assert.StartsWith(words, offer, StringComparison.Ordinal);
        Assert.DoesNotContain(korean ? "팀장" : "manager", offer, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskWhen), replies, StringComparison.Ordinal);

        // Taken: the report goes on to the place (asked, or offered when the story told it).
        var next = await host.Say(korean ? "네" : "yes");
        Assert.True(next.Contains(Catalog.In(korean, ReportText.AskPlace).Split('\n')[0], StringComparison.Ordinal)
            || next.Contains(Catalog.In(korean, ReportText.FieldPlace) + ": ", StringComparison.Ordinal), next);
    }

    [Fact]
    public async Task Only_the_time_is_offered_not_the_clause_around_it()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.StartKoreanReportAsync();
        await host.Say("건너뛰기");
        await host.Say("어제 팀장이 만졌어요");

        var replies = await host.Say("다 했어요");

        var offer = OfferLine(replies, korean: true);
        Assert.StartsWith("어제 (", offer, StringComparison.Ordinal);
        Assert.DoesNotContain("팀장", offer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "전남친이 경찰에 신고하면 사진 뿌린대요")]
    [InlineData("ko", "대학 동기가 제 사진을 합성했어요")]
    [InlineData("en", "he may post the video if i tell anyone")]
    [InlineData("en", "my ex says he will fall apart if i report him")]
    public async Task Words_that_only_look_like_a_time_offer_nothing(string language, string story)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var korean = language == "ko";
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));
        await host.Say(story);

        var replies = await host.Say(korean ? "다 했어요" : "done");

        Assert.Contains(Catalog.In(korean, ReportText.AskWhen), replies, StringComparison.Ordinal);
        Assert.Null(OfferLine(replies, korean, required: false));
    }

    private static string? OfferLine(string replies, bool korean, bool required = true)
    {
        var head = Catalog.In(korean, StoryOfferText.Ask).Split('\n')[0];
        var label = Catalog.In(korean, ReportText.FieldWhen) + ": ";
        var line = replies.Contains(head, StringComparison.Ordinal)
            ? replies.Split('\n').FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..]
            : null;
        Assert.True(!required || line is not null, "No time offered in: " + replies);
        return line;
    }
}
