using Microsoft.Bot.Builder;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Crisis said with no crisis word (the sixth blind batch): one's own absence soon as the reply to a report question,
/// self-harm said as the act, an overdose already taken, and "doing it" with a time of night said cold. Absence and a
/// self-harm act get the warm check-in (the numbers when it is happening now); a cold plan gets the check-in, not the
/// numbers, because with no distress before it the same words as often mean the report; the report goes on after a "no".
/// </summary>
public sealed class CrisisWithoutWordsTests
{
    [Theory]
    [InlineData("ko", "when", "어차피 곧 없어질 사람이라 상관없어요", "아니요")]
    [InlineData("ko", "wishes", "그냥 제가 없어지는 거요", "아니요")]
    [InlineData("en", "when", "doesnt matter ill be gone soon", "no")]
    [InlineData("en", "evidence", "dont need it. i wont be here to use it", "no")]
    public async Task Absence_said_as_the_answer_to_a_report_question_gets_a_check_in_and_the_report_goes_on(string language, string field, string words, string no)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var question = await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        var after = await host.Say(no);
        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckInNo), after, StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, language, question.Ask).Split('\n')[0], after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "다시 긋기 시작했어요", "네")]
    [InlineData("ko", "안녕하세요", "허벅지에 상처 내야 숨이 좀 쉬어져요", "응")]
    [InlineData("en", "hello", "cutting again", "yes")]
    [InlineData("en", "hello", "burned myself again with a lighter", "yeah")]
    public async Task Self_harm_said_as_an_act_gets_a_check_in_whose_yes_shows_the_numbers(string language, string hello, string words, string yes)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
        Assert.Contains(ReportTestHost.Text(host, language, CrisisText.Emergency), await host.Say(yes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "약 한통 다 먹었어요", true)]
    [InlineData("ko", "안녕하세요", "지금 피가 너무 많이 나요 또 그었어요", true)]
    [InlineData("en", "hello", "im cutting right now and theres a lot of blood", true)]
    [InlineData("en", "hello", "i took the whole bottle", true)]
    [InlineData("en", "hello", "its happening this weekend, everything's ready", false)]
    public async Task An_overdose_taken_or_cutting_now_gets_the_numbers_at_once_the_ambulance_first_when_the_body_is_harmed(string language, string hello, string words, bool harmedNow)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        var shown = harmedNow ? CrisisText.EmergencyAmbulance : CrisisText.Emergency;
        var other = harmedNow ? CrisisText.Emergency : CrisisText.EmergencyAmbulance;
        Assert.Contains(ReportTestHost.Text(host, language, shown), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, other), replies, StringComparison.Ordinal);
        if (harmedNow)
        {
            // 119 is the first number the survivor reads.
            var answer = ReportTestHost.Text(host, language, shown);
            Assert.True(answer.IndexOf("119", StringComparison.Ordinal) < answer.IndexOf("112", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "오늘밤에 할거임")]
    [InlineData("en", "hello", "im doin it tonite")]
    public async Task Doing_it_tonight_said_cold_gets_a_check_in_not_the_numbers(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "안녕하세요", "그 사람이 제 머리를 벽에 박았어요")]
    [InlineData("ko", "안녕하세요", "내일 할게요 오늘은 너무 피곤해서")]
    [InlineData("ko", "안녕하세요", "그 게시물 곧 없어질 거래요")]
    [InlineData("en", "hello", "i cut my hair short so he wouldnt recognize me")]
    [InlineData("en", "hello", "doing the report tonight after work")]
    [InlineData("en", "hello", "i burned myself cooking last week")]
    public async Task The_same_words_about_someone_else_or_the_report_get_neither(string language, string hello, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(hello);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.Text(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }
}
