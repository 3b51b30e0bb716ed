using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// At the report's choice questions, a question about the question is answered, not read as a choice: "what happens if
/// I say no?" at "is there anything that shows what happened?" was recorded as "Nothing yet".
/// </summary>
public sealed class ChoiceQuestionBackTests
{
    [Theory]
    [InlineData("en", "what happens if i say no?", "messages")]
    [InlineData("en", "what do you mean by that?", "messages and screenshots")]
    [InlineData("ko", "없다고 하면 어떻게 돼요?", "카톡 메시지요")]
    [InlineData("ko", "그게 뭔데요?", "메시지")]
    public async Task A_question_back_gets_an_explanation_and_the_question_again_and_is_not_taken_for_a_choice(string code, string question, string answer)
    {
        var (host, texts, language) = await AtEvidenceAsync(code);
        await using var _ = host;

        var replies = await host.Say(question);

        Assert.Contains(texts.Get(ChoiceQuestionText.Explain, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskEvidence, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.AskOnline, language), replies, StringComparison.Ordinal);

        Assert.Contains(texts.Get(ReportText.AskOnline, language), await host.Say(answer), StringComparison.Ordinal);
        var summary = await host.SkipUntilAsync(language, ReportText.SummaryAsk);
        var evidence = summary.Split('\n').Single(l => l.Contains(texts.Get(ReportText.FieldEvidence, language) + ":", StringComparison.Ordinal));
        Assert.Contains(texts.Get(ReportText.EvidenceMessages, language), evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.EvidenceNone, language), evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "messages?")]
    [InlineData("ko", "메시지요?")]
    public async Task A_tentative_answer_with_a_question_mark_is_still_an_answer(string code, string answer)
    {
        var (host, texts, language) = await AtEvidenceAsync(code);
        await using var _ = host;

        var replies = await host.Say(answer);

        Assert.DoesNotContain(texts.Get(ChoiceQuestionText.Explain, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskOnline, language), replies, StringComparison.Ordinal);
    }

    // A report in the given language, its types passed and the story finished, then every question passed up to the
    // evidence question (a choice of several).
    private static async Task<(DialogTestHost Host, ITextCatalog Texts, Language Language)> AtEvidenceAsync(string code)
    {
        var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.StoryDoneAsync(language);
        await host.SkipUntilAsync(language, ReportText.AskEvidence, most: 4);
        return (host, texts, language);
    }
}
