using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "i dont know how" at a report question is an answer ("I don't know"), not a request for help; "I don't know how this
/// works" still is one.
/// </summary>
public sealed class DontKnowAnswerTests
{
    [Theory]
    [InlineData("i dont know how")]
    [InlineData("idk how")]
    [InlineData("no idea how")]
    public async Task Not_knowing_how_at_a_question_is_an_answer_not_a_help_request(string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();
        await host.SkipUntilAsync(Language.English, ReportText.AskWhen);

        var replies = await host.Say(words);

        Assert.DoesNotContain(FirstLine(texts.Get(HelpText.Text, Language.English)), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskPlace, Language.English), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i dont know how this works")]
    [InlineData("not sure how to answer")]
    public async Task Not_knowing_how_the_bot_works_still_gets_help(string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartEnglishReportAsync();
        await host.SkipUntilAsync(Language.English, ReportText.AskWhen);

        var replies = await host.Say(words);

        Assert.Contains(FirstLine(texts.Get(HelpText.Text, Language.English)), replies, StringComparison.Ordinal);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Split('{')[0];
}
