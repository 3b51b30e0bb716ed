using Microsoft.Bot.Builder;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A plan said with or after distress shows the emergency numbers on the turn it is said: "doing it" with a time
/// (with distress in the same message, after a check-in answered "no", or after tier-1 wording already answered),
/// pills gathered, a letter left with an apology. Going on with the report, going to a counselling centre or the police
/// at a time is no plan to harm.
/// </summary>
public sealed class CrisisPlanStatedTests
{
    [Theory]
    [InlineData("ko", "안녕하세요", "살기 힘들어요", "아니요", "오늘 할거에요")]
    [InlineData("ko", "안녕하세요", "다 부질없어", "아니", "내일 아침에 할려구")]
    [InlineData("en", "hello", "whats even the point anymore", "no", "i'm gonna do it today")]
    [InlineData("en", "hello", "there's no way out of this", "no", "doing it when everyone is asleep")]
    public async Task Doing_it_with_a_time_after_distress_gets_the_numbers_on_that_turn(string language, string hello, string distress, string no, string plan)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);
        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), await host.Say(distress), StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), await host.Say(no), StringComparison.Ordinal);

        var replies = await host.Say(plan);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "죽고싶다", "오늘밤에 할거야")]
    [InlineData("en", "hello", "i want to kill myself", "tonight")]
    public async Task A_time_after_wording_that_already_got_the_numbers_gets_them_again(string language, string hello, string wish, string time)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);
        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), await host.Say(wish), StringComparison.Ordinal);

        var replies = await host.Say(time);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "나 없어도 아무도 모를텐데 그냥 오늘 할래")]
    [InlineData("ko", "안녕하세요", "수면제 조금씩 모아뒀어요")]
    [InlineData("ko", "안녕하세요", "동생한테 편지 써놨어요 미안하다고")]
    [InlineData("en", "hello", "everything is pointless, im doing it today")]
    [InlineData("en", "hello", "i left a note for my dad, it's not his fault")]
    public async Task A_plan_means_or_a_goodbye_letter_in_one_message_gets_the_numbers_at_once(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "사는 게 너무 힘들어요", "아니요", "내일 다시 이어서 할게요")]
    [InlineData("ko", "안녕하세요", "사는 게 너무 힘들어요", "아니요", "오늘 상담센터 가 볼 거예요")]
    [InlineData("en", "hello", "i cant take this anymore", "no", "ill finish the report tomorrow")]
    [InlineData("en", "hello", "i cant take this anymore", "no", "doing it tonight, going to the police station with my mom")]
    public async Task Going_on_with_the_report_or_getting_help_at_a_time_gets_no_numbers(string language, string hello, string distress, string no, string plan)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);
        await host.Say(distress);
        await host.Say(no);

        var replies = await host.Say(plan);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "오늘 할 거예요 신고")]
    [InlineData("en", "hello", "my friend wrote me a letter after it happened")]
    [InlineData("en", "hello", "i'll do it tomorrow")]
    public async Task The_same_words_without_distress_get_nothing(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }
}
