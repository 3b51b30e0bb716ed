using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "What do these mean?" at "What happened to you?" got "Sorry, I didn't quite get that" and the list again. A survivor
/// who does not know whether being filmed asleep is "illegal filming" or what "a pile-on" is now gets a line on each
/// kind, in the list's order, and then the question; a number chosen after it is that kind. Once per question, and never
/// in place of an answer or a story.
/// </summary>
public sealed class KindMeaningTests
{
    [Theory]
    [InlineData("en", "what do these mean")]
    [InlineData("en", "whats the difference between 1 and 2??")]
    [InlineData("en", "idk which one to pick, im confused")]
    [InlineData("ko", "이게 다 무슨 뜻이에요?")]
    [InlineData("ko", "1번이랑 2번 차이가 뭐예요")]
    [InlineData("ko", "어떤 걸 골라야 할지 헷갈려요")]
    [InlineData("ko", "뭐에해당하는지모르겠어요")]
    public async Task Asking_what_the_kinds_mean_gets_a_line_on_each_then_the_question(string code, string question)
    {
        var host = ReportWalk.HostIn(code);
        await using var _ = host;
        var language = ReportWalk.Lang(code);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.AtTheKindQuestionAsync(code);

        var replies = await host.Say(question);
        Assert.DoesNotContain(texts.Get(CommonText.RetryChoice, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(StoryText.KeptFromAnswer, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeMeaningIntro, language), replies, StringComparison.Ordinal);
        var at = -1;
        foreach (var (kind, label) in ReportChoices.Types)
        {
            var line = texts.Get(ReportChoices.TypeMeanings[kind], language);
            Assert.StartsWith("• " + texts.Get(label, language) + ":", line, StringComparison.Ordinal); // named as the list names it
            var found = replies.IndexOf(line, StringComparison.Ordinal);
            Assert.True(found > at, $"'{line}' should follow the line before it");
            at = found;
        }

        Assert.Contains(texts.Get(ReportText.AskTypes, language), replies[at..], StringComparison.Ordinal);

        // The answer after it is read as before, and the report goes on.
        Assert.Contains(texts.Get(ReportText.AskNarrative, language), await host.Say("1"), StringComparison.Ordinal);
    }

    [Theory]
    // An answer or a story that happens to hold such words stays what it is.
    [InlineData("en", "im confused, he filmed me in the shower")]
    [InlineData("ko", "헷갈리는데 몰카 같아요")]
    public async Task An_answer_with_words_of_doubt_is_still_the_answer(string code, string answer)
    {
        var host = ReportWalk.HostIn(code);
        await using var _ = host;
        var language = ReportWalk.Lang(code);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.AtTheKindQuestionAsync(code);

        var replies = await host.Say(answer);
        Assert.DoesNotContain(texts.Get(ReportText.TypeMeaningIntro, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.AskTypes, language), replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_again_the_question_reads_the_message_as_it_reads_any_answer()
    {
        var host = ReportWalk.HostIn("en");
        await using var _ = host;
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();

        Assert.Contains(texts.Get(ReportText.TypeMeaningIntro, Language.English), await host.Say("what do these mean"), StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.TypeMeaningIntro, Language.English), await host.Say("what do these mean"), StringComparison.Ordinal);
    }
}
