using Microsoft.Bot.Builder;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Two mid-report classes of commands.blind12's first run, in other words than the set's. Correcting the answer just given or
/// asking to go back (0/12) asks the earlier question again (the one named, the time when a day is said, else the one just
/// before) and then carries on from where the report was; the story's own question keeps such words as the story. Asking how
/// long the report takes or how many questions are left (2/10) is answered and the same question asked again, never kept as
/// the answer.
/// </summary>
public sealed class GoBackAndReportLengthTests
{
    [Theory]
    [InlineData("en", "who", "sorry i typed the wrong place", "Where did it happen?")]
    [InlineData("en", "evidence", "oh wait i got the date wrong", "When did it happen?")]
    [InlineData("en", "place", "hold on that's wrong, it was friday", "When did it happen?")]
    [InlineData("ko", "who", "아 장소 잘못 적었어요", "어디에서 있었던 일인가요?")]
    [InlineData("ko", "place", "이전 질문 다시 할래요", "언제 있었던 일인가요?")]
    public async Task A_correction_asks_the_earlier_question_again_then_carries_on(string language, string field, string text, string earlier)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var asked = await host.AtQuestionAsync(language, field);

        var replies = await host.Say(text);
        var after = await host.Say(language == "ko" ? "건너뛰기" : "skip");

        Assert.Contains(earlier, replies, StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, language, asked.Ask).Split('\n')[0], after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "그 사람이 실수였다고 잘못 말했대요")]
    [InlineData("en", "he said it was a mistake and i got it wrong")]
    public async Task At_the_story_the_same_words_are_the_story(string language, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, "narrative");

        var replies = await host.Say(text);

        Assert.DoesNotContain(language == "ko" ? "그 질문으로 돌아갈게요" : "let's go back to that one", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "where", "이거 언제 끝나요?")]
    [InlineData("ko", "who", "질문 몇 개나 더 있어요?")]
    [InlineData("en", "evidence", "how much longer is this?")]
    [InlineData("en", "when", "is this almost done?")]
    public async Task How_long_the_report_takes_is_answered_and_the_question_asked_again(string language, string field, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var asked = await host.AtQuestionAsync(language, field == "where" ? "place" : field);

        var replies = await host.Say(text);

        Assert.StartsWith(language == "ko" ? "길지 않아요." : "Not long.", replies, StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, language, asked.Ask).Split('\n')[0], replies, StringComparison.Ordinal);
    }
}
