using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Not sure" at "is any of it still online?" skipped the question, though "I haven't been able to check" is one of its
/// choices: not knowing picks the choice that says so; asking to pass still passes, and where no choice says it, not
/// knowing passes as before.
/// </summary>
public sealed class NotSureChoiceTests
{
    [Theory]
    [InlineData("en", "not sure", "report.online.unsure")]
    [InlineData("en", "idk", "report.online.unsure")]
    [InlineData("ko", "모르겠어요", "report.online.unsure")]
    [InlineData("ko", "잘 모르겠어요", "report.online.unsure")]
    [InlineData("en", "skip", "report.summary.skipped")]
    [InlineData("ko", "건너뛰기", "report.summary.skipped")]
    [InlineData("en", "i'd rather not say", "report.summary.skipped")]
    public async Task Not_knowing_picks_the_choice_that_says_so_and_skipping_skips(string code, string answer, string shown)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);

        // Images shared: the "still online?" question is asked.
        await host.StoryDoneAsync(language, "2");
        await host.SkipUntilAsync(language, ReportText.AskOnline, most: 6);

        var replies = await host.Say(answer);
        Assert.Contains(texts.Get(ReportText.AskDisclosures, language), replies, StringComparison.Ordinal);

        var online = await host.SummaryLineAsync(language, ReportText.FieldOnline);
        Assert.Contains(texts.Get(new TextKey(shown), language), online, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "not sure")]
    [InlineData("ko", "모르겠어요")]
    public async Task Where_no_choice_says_so_not_knowing_passes(string code, string answer)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.StoryDoneAsync(language, "2");
        await host.SkipUntilAsync(language, ReportText.AskWho, most: 6);

        // "Who?" has no choice for not knowing: it passes, and the evidence question comes.
        Assert.Contains(texts.Get(ReportText.AskEvidence, language), await host.Say(answer), StringComparison.Ordinal);
    }
}
