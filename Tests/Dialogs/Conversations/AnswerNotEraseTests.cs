using Microsoft.Bot.Builder;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A report answer that tells what someone else deleted, or names a platform one letter from a delete word, is an answer:
/// the next question follows and the erase-everything confirmation is never asked (the fifth report batch asked it for
/// "nothing, he deleted it all before i could save it" and "a discord server"). One's own request to delete still asks.
/// </summary>
public sealed class AnswerNotEraseTests
{
    [Theory]
    [InlineData("en", "evidence", "nothing, he deleted it all before i could save it")]
    [InlineData("en", "evidence", "she removed everything before i could screenshot")]
    [InlineData("en", "place", "a discord server")]
    [InlineData("ko", "evidence", "걔가 다 지웠어요 저장도 못 했어요")]
    public async Task An_answer_about_what_someone_else_deleted_is_taken_and_the_next_question_follows(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var question = await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.Text(host, language, EraseText.Confirm), replies, StringComparison.Ordinal);
        var next = ReportQuestions.All.SkipWhile(q => q != question).Skip(1).First();
        Assert.Contains(ReportTestHost.Text(host, language, next.Ask).Split('\n')[0], replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "place", "delete everything i wrote")]
    [InlineData("en", "evidence", "someone please delete my data")]
    [InlineData("en", "place", "can they delete everything i wrote here?")]
    [InlineData("ko", "evidence", "제 기록 다 지워 주세요")]
    [InlineData("en", "who", "can u clear my msgs")]
    [InlineData("en", "evidence", "pls wipe this whole convo")]
    [InlineData("ko", "place", "지금까지 쓴 거 없던 일로 해 주세요")]
    public async Task Ones_own_request_to_delete_still_asks_to_confirm(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.Text(host, language, EraseText.Confirm), replies, StringComparison.Ordinal);
    }
}
