using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Whole reports written the way survivors write (free-form dates, places, relationships and wishes, in Korean and in
/// English) end with a case code, and no question is asked more than twice: what cannot be read twice is kept as written.
/// </summary>
public sealed class NaturalReportTests
{
    [Fact]
    public async Task A_report_in_natural_Korean_ends_with_a_case_code_and_no_question_is_asked_three_times()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var finals = new List<string>();
        async Task<string> Say(string text)
        {
            var replies = await host.SendAsync(text);
            finals.Add(replies[^1]);
            return string.Join("\n", replies);
        }

        await Say("안녕하세요");
        await Say("신고하고 싶어요");
        await Say("몰래 찍힌 영상이 단톡방에 돌았어요");
        await Say("회사 동기들 단톡방이요");
        await Say("회식 끝나고 택시에서 찍힌 것 같아요. 나중에 단톡방에 올라온 걸 알게 됐어요.");
        await Say("다 했어요");
        await Say("지난달 중순쯤이요");
        await Say("강남역 근처 술집이요");
        await Say("같은 팀 선배예요");
        await Say("회사 사람이요");
        await Say("카톡 캡처해 둔 거 있어요");
        await Say("캡처밖에 없어요");
        await Say("잘 모르겠어요");
        await Say("친한 친구 한 명한테만 말했어요");
        await Say("친구요");
        await Say("영상 내려가게 도와주세요");
        var summary = await Say("그냥 기록이라도 남기고 싶어요");

        // The summary shows the survivor's own words for when, and choices it could not read as written.
        Assert.Contains("지난달 중순쯤이요", summary, StringComparison.Ordinal);
        Assert.Contains("(쓰신 그대로)", summary, StringComparison.Ordinal);

        var saved = await Say("저장");
        ReportWalk.CaseCodeIn(saved);
        AssertNoQuestionAskedThreeTimes(finals);
    }

    [Fact]
    public async Task A_report_in_natural_English_ends_with_a_case_code_and_no_question_is_asked_three_times()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var finals = new List<string>();
        async Task<string> Say(string text)
        {
            var replies = await host.SendAsync(text);
            finals.Add(replies[^1]);
            return string.Join("\n", replies);
        }

        await Say("hi");
        await Say("I want to report something that happened");
        await Say("my ex shared private pictures of me");
        await Say("he sent them around to his friends");
        await Say("We broke up in the summer and then he started sending my photos to people.");
        await Say("that's all");
        await Say("around the middle of last month");
        await Say("online, mostly on Instagram and in a group chat");
        await Say("my ex boyfriend");
        await Say("my ex");
        await Say("screenshots of his messages");
        await Say("I have screenshots");
        await Say("not sure");
        await Say("only my sister knows");
        await Say("my sister");
        await Say("I want the pictures taken down");
        var summary = await Say("help getting them removed");

        Assert.Contains("around the middle of last month", summary, StringComparison.Ordinal);

        var saved = await Say("save");
        ReportWalk.CaseCodeIn(saved);
        AssertNoQuestionAskedThreeTimes(finals);
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_twice_is_kept_as_written_and_the_report_moves_on()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartKoreanReportAsync();
        await host.Say("건너뛰기");
        await host.Say("다 했어요");

        var first = await host.Say("그 사람 생일 다음 날");
        Assert.Contains(texts.Get(ReportText.RetryWhen, Language.Korean), first, StringComparison.Ordinal);

        var second = await host.Say("그 사람 생일 다음날이었어요");
        Assert.Contains(texts.Get(RecognitionText.AsWritten, Language.Korean), second, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskPlace, Language.Korean), second, StringComparison.Ordinal);
    }

    private static void AssertNoQuestionAskedThreeTimes(List<string> finals)
    {
        var repeated = finals.GroupBy(f => f).Where(g => g.Count() > 2).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Asked more than twice: " + string.Join(" | ", repeated));
    }
}
