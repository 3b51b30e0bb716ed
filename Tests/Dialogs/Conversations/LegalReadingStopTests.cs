using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The legal reading's own "Stop here" button is the reading's answer. It used to be taken for the exit: in English the
/// conversation ended ("Let's stop here. Thank you for talking with me.") and a report being written under the reading
/// was thrown away ("The report you had started was not saved.").
/// </summary>
public sealed class LegalReadingStopTests
{
    [Theory]
    [InlineData("en", "Stop here")]
    [InlineData("en", "stop")]
    [InlineData("ko", "그만 볼게요")]
    public async Task Stop_here_in_a_reading_from_the_menu_ends_the_reading_not_the_conversation(string language, string stop)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(Catalog.In(korean, MenuText.Legal));
        await host.Say(Catalog.In(korean, ReportText.TypeIllegalFilming));

        var replies = await host.Say(stop);

        Assert.Contains(Catalog.In(korean, LegalText.Stopped), replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, ExitText.Goodbye), replies);
    }

    [Fact]
    public async Task Stop_here_in_a_reading_over_a_report_question_keeps_the_report()
    {
        await using var host = new DialogTestHost();
        await host.StartEnglishReportAsync();
        await host.Say("4");
        await host.Say("It was someone from my class.");
        await host.Say("done");
        await host.Say("skip");
        Assert.Contains("1/", await host.Say("what are my legal options"));

        var replies = await host.Say("Stop here");

        Assert.DoesNotContain(Catalog.En(ExitText.Goodbye), replies);
        Assert.Contains(Catalog.En(ReportText.AskPlace), replies);
        var summary = await host.SkipUntilAsync(ReportBot.Resources.Language.English, ReportText.SummaryIntro, most: 8);
        Assert.Contains("It was someone from my class.", summary);
    }
}
