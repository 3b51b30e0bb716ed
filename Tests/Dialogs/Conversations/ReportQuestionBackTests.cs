using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A question back to the bot at a report question ("이거 걔가 알게 돼요?", "will he find out?", "does it have to be the exact
/// date") got the question's retry, as if it were an unreadable answer, and nothing answered it. It gets a short answer to
/// the worry it names and the same question again, and is never kept as the answer; an answer that uses the same words
/// without asking ("경찰에 신고했어요", "he found out", "증거 없어요") is still the answer.
/// </summary>
public sealed class ReportQuestionBackTests
{
    [Theory]
    [InlineData("ko", "who", "그 사람이 이거 보게 되나요?", "found_out")]
    [InlineData("ko", "place", "혹시 경찰한테 바로 전달돼요?", "police")]
    [InlineData("ko", "evidence", "캡처 없으면 안 되는 건가요?", "evidence")]
    [InlineData("ko", "when", "정확한 날짜 몰라도 되나요", "exact")]
    [InlineData("ko", "who", "이거 왜 물어보는 거예요?", "why")]
    [InlineData("en", "who", "is he going to get notified", "found_out")]
    [InlineData("en", "place", "will this go to the police?", "police")]
    [InlineData("en", "evidence", "what if i dont have any proof?", "evidence")]
    [InlineData("en", "when", "what if i dont remember exactly", "exact")]
    [InlineData("en", "online", "why do you need to know that?", "why")]
    [InlineData("ko", "evidence", "나중에 제가 쓴 거 지울 수 있나요?", "erasure")]
    [InlineData("ko", "who", "이거 기록 자동으로 지워지는 거죠?", "erasure")]
    [InlineData("en", "place", "does this get deleted after?", "erasure")]
    public async Task A_question_back_is_answered_and_the_question_asked_again(string language, string field, string text, string worry)
    {
        await using var host = new DialogTestHost();
        var question = await host.AtQuestionAsync(language, field);
        var korean = language == "ko";

        var replies = await host.Say(text);

        Assert.Contains(Catalog.In(korean, new ReportBot.Resources.TextKey("report.question_back." + worry)), replies);
        Assert.Contains(Catalog.In(korean, question.Ask).Split('\n')[0], replies);
        if (question.Retry is { } retry)
        {
            Assert.DoesNotContain(Catalog.In(korean, retry), replies);
        }
    }

    [Theory]
    [InlineData("ko", "disclosures", "경찰에 신고했어요")]
    [InlineData("ko", "evidence", "증거 없어요")]
    [InlineData("ko", "place", "경찰서 앞이요")]
    [InlineData("en", "disclosures", "i told the police")]
    [InlineData("en", "evidence", "no proof, he deleted it")]
    [InlineData("en", "place", "outside the police station")]
    [InlineData("ko", "when", "한 2주 전? 정확히는 기억 안 나요")]
    [InlineData("en", "when", "around march? not sure exactly")]
    [InlineData("ko", "who", "기억이 잘 안 나요")]
    public async Task An_answer_with_the_same_words_is_still_the_answer(string language, string field, string text)
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync(language, field);
        var korean = language == "ko";

        var replies = await host.Say(text);

        foreach (var worry in new[] { "found_out", "police", "evidence", "exact", "why" })
        {
            Assert.DoesNotContain(Catalog.In(korean, new ReportBot.Resources.TextKey("report.question_back." + worry)), replies);
        }
    }

    [Theory]
    [InlineData("ko", "place", "방금 쓴 거 지울 수 있어요?")]
    [InlineData("en", "who", "can u delete what i wrote?")]
    public async Task Asking_to_erase_now_is_still_the_request(string language, string field, string text)
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync(language, field);
        var korean = language == "ko";

        var replies = await host.Say(text);

        Assert.DoesNotContain(Catalog.In(korean, ReportText.QuestionBackErasure), replies);
        Assert.Contains(Catalog.In(korean, EraseText.Confirm).Split('\n')[0].Split('{')[0], replies);
    }
}
