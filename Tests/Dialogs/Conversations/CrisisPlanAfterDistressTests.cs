using Microsoft.Bot.Builder;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A time or a decision said after hopelessness is a plan: once a conversation has had a tier-2 message (and its
/// check-in, whatever the answer) or tier-1 wording, "오늘 밤에 할 거예요", "doing it when everyone is asleep" or
/// "tonight" gets the emergency numbers at once. The same words in a conversation without distress are only a time,
/// and going on with the report or getting help at a time is no plan to harm.
/// </summary>
public sealed class CrisisPlanAfterDistressTests
{
    [Theory]
    [InlineData("ko", "안녕하세요", "다 포기하고 싶어요", "아니요", "오늘 밤에 할 거예요")]
    [InlineData("en", "hello", "i feel like a burden to everyone", "no", "tonight")]
    [InlineData("en", "hello", "whats the point of any of this anymore", "no", "I've made up my mind")]
    [InlineData("en", "hello", "i feel like a burden to everyone", "no", "i decided, tonight. dont tell anyone")]
    [InlineData("ko", "안녕하세요", "다 포기하고 싶어요", "아니요", "결심했어 오늘 밤이야 엄마한테 말하지 마")]
    [InlineData("ko", "안녕하세요", "살기 힘들어요", "아니요", "오늘 할거에요")]
    [InlineData("ko", "안녕하세요", "다 부질없어", "아니", "내일 아침에 할려구")]
    [InlineData("en", "hello", "whats even the point anymore", "no", "i'm gonna do it today")]
    [InlineData("en", "hello", "there's no way out of this", "no", "doing it when everyone is asleep")]
    public async Task A_time_after_a_check_in_answered_no_gets_the_numbers_at_once(string language, string hello, string distress, string no, string plan)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var checkIn = await host.Say(distress);
        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), checkIn, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), checkIn, StringComparison.Ordinal);
        var carryOn = await host.Say(no);
        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckInNo), carryOn, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), carryOn, StringComparison.Ordinal);

        var replies = await host.Say(plan);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "내일 할 거예요")]
    [InlineData("ko", "안녕하세요", "오늘 할 거예요 신고")]
    [InlineData("en", "hello", "tonight")]
    [InlineData("en", "hello", "my friend wrote me a letter after it happened")]
    [InlineData("en", "hello", "i'll do it tomorrow")]
    public async Task The_same_words_in_a_conversation_without_distress_get_nothing(string language, string hello, string time)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(time);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    /// <summary>A plan to report, to tell someone, to go on with the report or to get help is not a plan to harm, however it is worded.</summary>
    [Theory]
    [InlineData("ko", "안녕하세요", "사는 게 너무 힘들어요", "아니요", "내일 다시 이어서 할게요")]
    [InlineData("ko", "안녕하세요", "사는 게 너무 힘들어요", "아니요", "오늘 상담센터 가 볼 거예요")]
    [InlineData("en", "hello", "i cant take this anymore", "no", "ill finish the report tomorrow")]
    [InlineData("en", "hello", "i cant take this anymore", "no", "doing it tonight, going to the police station with my mom")]
    [InlineData("ko", "안녕하세요", "다 포기하고 싶어요", "아니요", "오늘 밤에 신고할 거예요")]
    [InlineData("ko", "안녕하세요", "다 포기하고 싶어요", "아니요", "내일 아침에 엄마한테 다 털어놓을 거예요")]
    [InlineData("ko", "안녕하세요", "사는 게 힘들어요", "아니요", "오늘 밤에 고소장 쓰기로 마음먹었어요")]
    [InlineData("en", "hello", "i feel like a burden to everyone", "no", "i'm going to report it tonight")]
    [InlineData("en", "hello", "whats the point of any of this anymore", "no", "ive made up my mind, im telling my sister tomorrow morning")]
    public async Task A_plan_to_report_or_get_help_after_distress_gets_no_numbers(string language, string hello, string distress, string no, string plan)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);
        await host.Say(distress);
        await host.Say(no);

        var replies = await host.Say(plan);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Distress_a_day_ago_does_not_turn_a_time_into_a_plan()
    {
        var clock = new ManualClock(ReportTestHost.Noon);
        await using var host = ReportTestHost.Create(new MemoryStorage(), clock);
        await host.Say("hello");
        await host.Say("i feel like a burden to everyone");
        await host.Say("no");

        clock.Advance(TimeSpan.FromHours(25));
        var replies = await host.Say("tonight");

        Assert.DoesNotContain(ReportTestHost.Text(host, "en", CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "죽고싶다", "오늘밤에 할거야")]
    [InlineData("en", "hello", "i want to kill myself", "tonight")]
    public async Task A_time_after_wording_that_already_got_the_numbers_gets_them_again(string language, string hello, string wish, string time)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);
        // A wish with nothing of danger now puts 109 first; the time said after it is a plan, and the police come first.
        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.EmergencyIdeation), await host.Say(wish), StringComparison.Ordinal);

        var replies = await host.Say(time);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }
}
