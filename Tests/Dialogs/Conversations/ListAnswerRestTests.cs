using Microsoft.Bot.Builder;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A list answer whose first half was a whole answer ("screenshots"), so the report moved on, and whose rest came at the next
/// question starting with a joining word ("plus the texts", "그리고 녹음도요"): the rest was read as the next question's answer
/// and lost (report.blind8 and report.blind9's first runs). The rest is added to the list answer, said back, and the question
/// asked now is asked again. A message at the next question that starts with a joining word but names none of the list's
/// choices is that question's answer.
/// </summary>
public sealed class ListAnswerRestTests
{
    [Theory]
    [InlineData("en", "evidence", "the dms", "plus the recording", "Here's what I understood: Messages or chats, Videos or files.")]
    [InlineData("en", "evidence", "screenshots", "and the link too", "Here's what I understood: Screenshots or photos, Links (URLs).")]
    [InlineData("ko", "evidence", "캡처요", "그리고 카톡도요", "이렇게 이해했어요: 스크린샷·사진, 메시지·채팅 기록.")]
    [InlineData("ko", "types", "스토킹이요", "아 그리고 몰카도요", "이렇게 이해했어요: 불법촬영, 스토킹.")]
    public async Task The_rest_at_the_next_question_is_added_and_the_question_asked_again(string language, string field, string first, string rest, string understood)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);
        var moved = await host.Say(first);

        var replies = await host.Say(rest);

        Assert.True(replies.Contains(understood, StringComparison.Ordinal), replies);
        var asked = moved.Split('\n').Last(l => l.Length > 0);
        Assert.EndsWith(asked, replies.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_joining_word_with_nothing_of_the_list_is_the_next_answer()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync("en", "disclosures");
        await host.Say("my best friend");

        var replies = await host.Say("and i want to know my options");

        Assert.DoesNotContain("Here's what I understood: A friend", replies, StringComparison.Ordinal);
        Assert.Contains("Here's what I understood: Information", replies, StringComparison.Ordinal);
    }
}
