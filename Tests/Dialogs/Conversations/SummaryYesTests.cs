using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Shall I save it like this, or is there something to change?" answered "yes": the bot said "I've changed it", added
/// "Still online: Yes, it's still up" to a report of an assault that has no images, and asked again. A bare yes saves;
/// a bare no changes nothing and asks again with the choices; a change said in words is still a change.
/// </summary>
public sealed class SummaryYesTests
{
    [Theory]
    [InlineData("en", "yes")]
    [InlineData("en", "yes please")]
    [InlineData("en", "ok")]
    [InlineData("en", "yeah thats fine")]
    [InlineData("ko", "네")]
    [InlineData("ko", "넹")]
    [InlineData("ko", "네 좋아요")]
    [InlineData("ko", "응")]
    public async Task A_bare_yes_at_the_summary_saves_the_report_as_it_is(string code, string yes)
    {
        var (host, texts, language) = await AtTheSummaryAsync(code);
        await using var _ = host;

        var replies = await host.Say(yes);
        Assert.Contains(texts.Get(ReportText.Saved, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.FieldOnline, language), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "no")]
    [InlineData("ko", "아니요")]
    public async Task A_bare_no_changes_nothing_and_asks_again(string code, string no)
    {
        var (host, texts, language) = await AtTheSummaryAsync(code);
        await using var _ = host;

        var replies = await host.Say(no);
        Assert.DoesNotContain(texts.Get(ReportText.Saved, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.FieldOnline, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.SummaryAsk, language), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "yes but it was my ex")]
    [InlineData("en", "no, it was my ex")]
    [InlineData("ko", "네 근데 전남친이었어요")]
    [InlineData("ko", "아니요 전남친이었어요")]
    public async Task A_change_said_after_a_yes_or_no_is_that_change_and_only_that(string code, string change)
    {
        var (host, texts, language) = await AtTheSummaryAsync(code);
        await using var _ = host;

        var replies = await host.Say(change);
        Assert.DoesNotContain(texts.Get(ReportText.Saved, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.FieldWho, language) + ": " + texts.Get(ReportText.WhoPartner, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.FieldOnline, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.FieldDisclosures, language) + ": ", replies.Split("---")[0], StringComparison.Ordinal); // the ex did it; nobody was told
    }

    private static async Task<(DialogTestHost Host, ITextCatalog Texts, Language Language)> AtTheSummaryAsync(string code)
    {
        var host = ReportWalk.HostIn(code);
        var language = ReportWalk.Lang(code);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.AtTheKindQuestionAsync(code);
        await host.Say("4"); // an assault: no images, so "still online?" is never asked
        await host.SkipUntilAsync(language, ReportText.SummaryAsk, most: 10);
        return (host, texts, language);
    }
}
