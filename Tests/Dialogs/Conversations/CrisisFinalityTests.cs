using Microsoft.Bot.Builder;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A goodbye or "no tomorrow" said as one's own is a warning sign of a plan (C-SSRS preparatory behaviour, the
/// psychological-autopsy signs): the emergency numbers come at once, not a check-in first. Ordinary words that share
/// them (the last time he wrote, evidence put in order, the last night of a trip) get neither.
/// </summary>
public sealed class CrisisFinalityTests
{
    [Theory]
    [InlineData("ko", "안녕하세요", "마지막으로 인사하고 싶어서요")]
    [InlineData("ko", "안녕하세요", "내일은 없을 것 같아요")]
    [InlineData("ko", "안녕하세요", "다 정리했어요 이제 안녕")]
    [InlineData("en", "hello", "this is my last night")]
    [InlineData("en", "hello", "by the time anyone reads this ill be gone")]
    [InlineData("en", "hello", "i paid off my debts and cleaned my room, i'm ready")]
    [InlineData("ko", "안녕하세요", "나 없어도 아무도 모를텐데 그냥 오늘 할래")]
    [InlineData("ko", "안녕하세요", "수면제 조금씩 모아뒀어요")]
    [InlineData("ko", "안녕하세요", "동생한테 편지 써놨어요 미안하다고")]
    [InlineData("en", "hello", "everything is pointless, im doing it today")]
    [InlineData("en", "hello", "i left a note for my dad, it's not his fault")]
    public async Task A_goodbye_no_tomorrow_a_plan_or_means_gathered_gets_the_numbers_at_once(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "카톡 대화 다 정리했어요 캡처해놨어요")]
    [InlineData("ko", "안녕하세요", "오늘이 회사 마지막 날이에요")]
    [InlineData("en", "hello", "it was my last night in seoul when it happened")]
    [InlineData("en", "hello", "my last message to him was on friday")]
    public async Task The_same_words_in_a_story_get_neither_numbers_nor_a_check_in(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }
}
