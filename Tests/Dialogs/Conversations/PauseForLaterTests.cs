using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Stopping for now in the middle of a report ("그만할래요 나중에", "gotta go, ill finish this later", "brb") keeps the
/// report: the survivor is told it is kept, and their next message, however soon, asks whether to carry on, which returns
/// to the question they were on. A plain stop still ends and says the report was not kept (the seventh blind batch of
/// global requests found every pause thrown away or taken as an answer).
/// </summary>
public sealed class PauseForLaterTests
{
    [Theory]
    [InlineData("ko", "그만할게요 이따 다시 할게요", "다시 왔어요", "이어서 할게요")]
    [InlineData("ko", "내일 마저 쓸게요", "안녕하세요", "이어서 할게요")]
    [InlineData("en", "gotta go, ill finish this later", "hi im back", "continue")]
    [InlineData("en", "brb", "ok", "continue")]
    [InlineData("ko", "오늘은 여기까지 할게요", "저 왔어요", "이어서 할게요")]
    [InlineData("en", "thats enough for today", "hey", "continue")]
    [InlineData("en", "i have to go, ill do the rest tomorrow", "hi", "continue")]
    public async Task A_pause_keeps_the_report_and_coming_back_returns_to_the_question(string language, string pause, string back, string carryOn)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, "when");

        var paused = await host.Say(pause);
        Assert.Contains(ReportTestHost.Text(host, language, PauseText.Kept), paused, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, ExitText.DraftDropped), paused, StringComparison.Ordinal);

        Assert.Contains(ReportTestHost.Text(host, language, ReportText.WelcomeBack), await host.Say(back), StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, language, ReportText.AskWhen).Split('\n')[0], await host.Say(carryOn), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "brb", "delete my data", "Erase everything kept")]
    [InlineData("ko", "이따 다시 할게요", "내 기록 다 지워주세요", "삭제")]
    public async Task Coming_back_with_a_request_to_delete_gets_the_deletion_not_the_welcome_back_question(string language, string pause, string back, string asked)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, "when");
        Assert.Contains(ReportTestHost.Text(host, language, PauseText.Kept), await host.Say(pause), StringComparison.Ordinal);

        var answer = await host.Say(back);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, ReportText.WelcomeBack), answer, StringComparison.Ordinal);
        Assert.Contains(asked, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coming_back_with_a_language_switch_switches_and_the_next_message_is_asked_whether_to_carry_on()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync("en", "when");
        await host.Say("brb");

        Assert.DoesNotContain(ReportTestHost.Text(host, "en", ReportText.WelcomeBack), await host.Say("한국어"), StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, "ko", ReportText.WelcomeBack), await host.Say("안녕하세요"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "i have to go, the rest tomorrow", "yes")]
    public async Task An_uncertain_pause_is_asked_about_as_a_pause_and_yes_keeps_the_report(string language, string pause, string yes)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, "when");

        Assert.Contains(ReportTestHost.Text(host, language, PauseText.Check), await host.Say(pause), StringComparison.Ordinal);
        var replies = await host.Say(yes);

        Assert.Contains(ReportTestHost.Text(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, ExitText.DraftDropped), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "그만할래요")]
    [InlineData("en", "i want to stop")]
    public async Task A_plain_stop_still_ends_and_says_the_report_was_not_kept(string language, string stop)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, "when");

        var replies = await host.Say(stop);

        Assert.Contains(ReportTestHost.Text(host, language, ExitText.DraftDropped), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "{narrative}", "나중에 다시 연락하겠다고 하더니 또 찾아왔어요")]
    [InlineData("en", "{narrative}", "he said hed come back later and he did")]
    [InlineData("en", "{when}", "later that night")]
    public async Task Later_in_an_answer_is_no_pause(string language, string at, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, at.Trim('{', '}'));

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, PauseText.Check), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, ExitText.Goodbye), replies, StringComparison.Ordinal);
    }
}
