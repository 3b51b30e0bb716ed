using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class ReportResumeTests
{
    [Fact]
    public async Task App_restart_between_turns_continues_the_report_where_it_was()
    {
        var storage = new RecordingStorage();
        await using (var before = ReportTestHost.Create(storage))
        {
            await before.StartKoreanReportAsync();
            await before.Say("5");
            await before.Say("회식 자리에서 있었던 일이에요.");
            await before.Say("다 했어요");
            Assert.Contains("어떤 관계의 사람인가요", await before.Say("2026년 3월 5일 ~ 2026년 3월 6일") + await before.Say("서울"), StringComparison.Ordinal);
        }

        await using var after = ReportTestHost.Create(storage);
        Assert.Contains("사라질까 걱정되는 자료", await after.Say("4"), StringComparison.Ordinal);
        await after.Say("5");
        await after.Say("1, 4"); // the fourth of six since "workplace or school" was added third
        var summary = await after.Say("1");
        Assert.Contains("• 어떤 일: 직장·학교에서의 성희롱", summary, StringComparison.Ordinal);
        Assert.Contains("\"회식 자리에서 있었던 일이에요.\"", summary, StringComparison.Ordinal);
        Assert.Contains("• 언제: 2026년 3월 5일 목요일 ~ 2026년 3월 6일 금요일", summary, StringComparison.Ordinal);
        Assert.Contains("• 상대와의 관계: 직장 상사·동료", summary, StringComparison.Ordinal);
        Assert.Contains("• 알린 곳: 가까운 사람(가족·친구)에게 말했어요, 경찰에 신고했어요", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coming_back_after_a_long_pause_offers_to_continue_and_continue_asks_the_same_question()
    {
        var clock = new ManualClock(ReportTestHost.Noon);
        var storage = new RecordingStorage();
        await using (var first = ReportTestHost.Create(storage, clock))
        {
            await first.StartEnglishReportAsync();
            await first.Say("1");
        }

        clock.Advance(TimeSpan.FromDays(3));
        await using var later = ReportTestHost.Create(storage, clock);
        var welcome = await later.SendActivityAsync(later.Adapter.MakeActivity("hi"));
        Assert.Single(welcome);
        Assert.Contains("Welcome back", welcome[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Continue where I left off", "Start over"], welcome[0].SuggestedActions.Actions.Select(a => a.Title));

        Assert.Contains("tell me what happened in your own words", await later.Say("Continue where I left off"), StringComparison.Ordinal);
        Assert.Contains("Got it", await later.Say("It started last spring."), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coming_back_after_a_long_pause_can_start_the_report_over()
    {
        var clock = new ManualClock(ReportTestHost.Noon);
        await using var host = ReportTestHost.Create(new RecordingStorage(), clock);
        await host.StartKoreanReportAsync();
        await host.Say("1");
        await host.Say("첫 번째 이야기");

        clock.Advance(TimeSpan.FromHours(13));
        Assert.Contains("다시 와 주셨네요", await host.Say("안녕하세요"), StringComparison.Ordinal);
        var restarted = await host.Say("2");
        Assert.Contains("처음부터 다시 시작해요", restarted, StringComparison.Ordinal);
        Assert.Contains("어떤 일을 겪으셨나요", restarted, StringComparison.Ordinal);

        for (var i = 0; i < 8; i++)
        {
            await host.Say("건너뛰기");
        }

        Assert.Contains("• 있었던 일: (건너뜀)", await host.Say("건너뛰기"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_pause_does_not_interrupt()
    {
        var clock = new ManualClock(ReportTestHost.Noon);
        await using var host = ReportTestHost.Create(new RecordingStorage(), clock);
        await host.StartEnglishReportAsync();

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("tell me what happened", await host.Say("1"), StringComparison.Ordinal);
    }
}
