using Microsoft.Bot.Builder;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Danger from another person now (on the way to where the survivor is, following them, waiting for them outside,
/// banging on the door) shows the emergency numbers, 112 first, on the turn it is said. The same people and places in a
/// story about the past, a safe person coming, following on social media or waiting for a reply get neither the numbers
/// nor a check-in.
/// </summary>
public sealed class CrisisDangerNowTests
{
    [Theory]
    [InlineData("ko", "안녕하세요", "그 사람 지금 우리 집으로 오고 있대요")]
    [InlineData("ko", "안녕하세요", "모르는 남자가 계속 따라와요 무서워요")]
    [InlineData("ko", "안녕하세요", "전남친이 학교 앞에서 기다리고 있어요")]
    [InlineData("ko", "안녕하세요", "지금 화장실에 숨어있어요 그 사람이 찾고 있어요")]
    [InlineData("en", "hello", "my ex is on his way here")]
    [InlineData("en", "hello", "a guy has been following me for three blocks")]
    [InlineData("en", "hello", "hes waiting outside my work and wont leave")]
    [InlineData("en", "hello", "someone is pounding on the door")]
    public async Task Someone_coming_following_or_waiting_now_gets_the_numbers_at_once(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.Contains("112", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "엄마가 집에 온대요 이따 다시 할게요")]
    [InlineData("ko", "안녕하세요", "지금 경찰 연락 기다리고 있어요")]
    [InlineData("ko", "안녕하세요", "그때 회사 앞에서 기다리고 있었어요")]
    [InlineData("ko", "안녕하세요", "작년에 집까지 따라온 적이 있어요")]
    [InlineData("en", "hello", "he followed me home once last year")]
    [InlineData("en", "hello", "she keeps following me on instagram")]
    [InlineData("en", "hello", "he was following me around campus all last semester")]
    [InlineData("en", "hello", "my mom is on her way to my place to help me with this")]
    public async Task The_same_words_about_the_past_or_a_safe_person_get_neither(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }
}
