using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Asking to report someone, named by who they are ("i want to report my boss", "전남친 신고하고 싶어요", "can i report my
/// professor here"), starts a report as "i want to report something" does: before, the person left unexplained made the
/// request half-heard, so a first message got only the welcome and the menu, and the menu asked "Shall I start a new
/// report?". Words that only mention reporting ("my boss told me to report it to hr") start nothing by command.
/// </summary>
public sealed class ReportSomeoneTests
{
    [Theory]
    [InlineData("en", "i want to report my ex")]
    [InlineData("en", "i want to report my boss")]
    [InlineData("en", "can i report my professor here")]
    [InlineData("en", "I want to file a report against my coworker")]
    [InlineData("en", "how do i report someone")]
    [InlineData("ko", "전남친 신고하고 싶어요")]
    [InlineData("ko", "직장 상사 신고하려고 하는데요")]
    [InlineData("ko", "팀장 신고하고 싶어요")]
    public async Task Asking_to_report_someone_as_a_first_message_starts_the_report(string language, string words)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.SendAsync(words);

        Assert.Contains(replies, r => r.StartsWith(korean ? Catalog.Ko(ReportText.Intro) : Catalog.En(ReportText.Intro), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hello", "i want to report my boss")]
    [InlineData("안녕하세요", "전남친 신고하고 싶어요")]
    public async Task Asking_to_report_someone_at_the_menu_starts_the_report_without_a_check(string greeting, string words)
    {
        await using var host = new DialogTestHost();
        await host.SendAsync(greeting);
        var korean = greeting != "hello";

        var replies = await host.SendAsync(words);

        Assert.Contains(replies, r => r.StartsWith(korean ? Catalog.Ko(ReportText.Intro) : Catalog.En(ReportText.Intro), StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains(korean ? Catalog.Ko(RecognitionText.CheckReport) : Catalog.En(RecognitionText.CheckReport), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_that_only_mention_reporting_start_no_report_by_command()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");

        var replies = await host.SendAsync("my boss told me to report it to hr");

        Assert.DoesNotContain(replies, r => r.StartsWith(Catalog.En(ReportText.Intro), StringComparison.Ordinal));
    }
}
