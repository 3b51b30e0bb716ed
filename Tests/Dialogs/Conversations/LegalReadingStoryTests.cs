using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// What a survivor says during the legal reading that is not one of its buttons. Before, everything got "send 'next' to go
/// on": a survivor who asked "is this a crime?" with their story, read the first part and went on telling what happened
/// (when it began, where, who) got that hint five times, and the story was lost when the reading ended. Now a bare yes goes
/// on, wanting posts or pictures taken down goes to the part on takedowns, and telling more of what happened ends the
/// reading and starts the report with everything told (no report being written under it).
/// </summary>
public sealed class LegalReadingStoryTests
{
    private const string KoreanOpening = "폭로글 올리고 나서 단톡방에서 저를 꽃뱀이라고 몰아가요 이거 처벌 가능한가요";
    private const string EnglishOpening = "after i posted about my ex people in a group chat keep calling me a liar and a slut, is that illegal?";

    private static async Task<DialogTestHost> ReadingAsync(bool korean)
    {
        var host = ReportWalk.HostIn(korean ? "ko" : "en");

        var first = await host.SendAsync(korean ? KoreanOpening : EnglishOpening);
        Assert.Contains(first, r => r.StartsWith("1/", StringComparison.Ordinal));
        return host;
    }

    [Theory]
    [InlineData("ko", "ㅇㅇ")]
    [InlineData("ko", "네")]
    [InlineData("en", "ok")]
    [InlineData("en", "yes")]
    public async Task A_bare_yes_goes_on_to_the_next_part(string language, string yes)
    {
        await using var host = await ReadingAsync(language == "ko");

        var replies = await host.SendAsync(yes);

        Assert.Contains(replies, r => r.StartsWith("2/", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains(Catalog.In(language == "ko", LegalText.NavHint), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko", "글 다 내리고 싶어요", "글이나 댓글 삭제")]
    [InlineData("ko", "올라간 글들 좀 안 보이게 하고 싶어요", "글이나 댓글 삭제")]
    [InlineData("en", "i want the posts taken down", "delete posts or comments")]
    public async Task Wanting_posts_taken_down_goes_to_the_part_on_takedowns(string language, string wish, string part)
    {
        var korean = language == "ko";
        await using var host = await ReadingAsync(korean);
        await host.Say(korean ? "다음" : "next");
        await host.Say(korean ? "다음" : "next");

        var replies = await host.Say(wish);

        Assert.Contains(part, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.In(korean, LegalText.NavHint), replies);
    }

    [Theory]
    [InlineData("ko", "폭로 글 올린 다음날부터요")]
    [InlineData("ko", "같은 과 사람들이 단톡방에서 그래요")]
    [InlineData("en", "it started the day after my post went viral")]
    [InlineData("en", "its people from my department, in the class group chat")]
    public async Task Telling_more_of_what_happened_starts_the_report_with_everything_told(string language, string more)
    {
        var korean = language == "ko";
        await using var host = await ReadingAsync(korean);

        var replies = await host.Say(more);

        Assert.Contains(Catalog.In(korean, LegalText.ToReport), replies);
        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        // The reading just said the options come again after the report: not said twice.
        Assert.DoesNotContain(Catalog.In(korean, StoryText.Reportable), replies);

        // The story question asks for more, and the summary holds what opened the reading and what was added.
        var summary = await host.SkipUntilAsync(korean ? Language.Korean : Language.English, ReportText.SummaryIntro, most: 10);
        Assert.Contains(korean ? "꽃뱀" : "liar", summary, StringComparison.Ordinal);
        Assert.Contains(more[..8], summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_that_tells_nothing_still_gets_the_hint_and_keeps_the_place()
    {
        await using var host = await ReadingAsync(korean: true);

        var replies = await host.Say("음..");

        Assert.Contains(Catalog.Ko(LegalText.NavHint), replies);
        var next = await host.SendAsync("다음");
        Assert.Contains(next, r => r.StartsWith("2/", StringComparison.Ordinal));
    }
}
