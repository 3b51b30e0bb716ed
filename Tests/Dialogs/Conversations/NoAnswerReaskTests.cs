using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The choice questions' no-trap fallback (who did it, what kind) kept a bare "네"/"yes" or a time ("two fridays ago") as
/// written after two unreadable answers: "누가: 네 (쓰신 그대로)". A bare yes or no, or only a time, answers neither "who"
/// nor "what kind" (nor "where"): the question is asked once more in other words (report.reask.*), and a further such
/// reply skips it; any other words are still kept as written, and a real answer after the re-ask is taken.
/// </summary>
public sealed class NoAnswerReaskTests
{
    [Theory]
    [InlineData("ko", "who", "음", "네")]
    [InlineData("ko", "who", "잘", "지난주 금요일")]
    [InlineData("en", "who", "hmm", "yes")]
    [InlineData("en", "who", "um", "two fridays ago")]
    [InlineData("ko", "types", "음", "응")]
    [InlineData("en", "types", "hmm", "last march")]
    [InlineData("ko", "place", "네", "네")]
    [InlineData("en", "place", "yes", "no")]
    public async Task A_bare_yes_or_a_time_after_an_unreadable_answer_is_asked_again_in_other_words(string language, string field, string first, string second)
    {
        await using var host = new DialogTestHost();
        var question = await AtAsync(host, language, field);
        var korean = language == "ko";
        await host.Say(first);

        var replies = await host.Say(second);

        Assert.Contains(Catalog.In(korean, question.Reask!), replies);
        Assert.DoesNotContain(Catalog.In(korean, RecognitionText.AsWritten), replies);
    }

    [Theory]
    [InlineData("ko", "who", "음", "네", "2")]
    [InlineData("en", "who", "hmm", "yes", "my ex")]
    [InlineData("en", "types", "um", "yes", "1")]
    public async Task An_answer_after_the_reask_is_taken(string language, string field, string first, string second, string answer)
    {
        await using var host = new DialogTestHost();
        var question = await AtAsync(host, language, field);
        var korean = language == "ko";
        await host.Say(first);
        await host.Say(second);

        var replies = await host.Say(answer);

        Assert.DoesNotContain(Catalog.In(korean, question.Reask!), replies);
        Assert.DoesNotContain(Catalog.In(korean, RecognitionText.SkippedNoAnswer), replies);
        Assert.DoesNotContain(Catalog.In(korean, RecognitionText.AsWritten), replies);
    }

    [Theory]
    [InlineData("ko", "who", "음", "네", "네")]
    [InlineData("en", "who", "hmm", "yes", "last week")]
    [InlineData("en", "types", "um", "yeah", "yes")]
    public async Task A_second_bare_reply_after_the_reask_skips_the_question(string language, string field, string first, string second, string third)
    {
        await using var host = new DialogTestHost();
        await AtAsync(host, language, field);
        var korean = language == "ko";
        await host.Say(first);
        await host.Say(second);

        var replies = await host.Say(third);

        Assert.Contains(Catalog.In(korean, RecognitionText.SkippedNoAnswer), replies);
        var summary = await host.SkipToSummaryAsync(korean ? Language.Korean : Language.English);
        Assert.DoesNotContain(Catalog.In(korean, RecognitionText.AsWrittenMarker), summary);
    }

    [Theory]
    [InlineData("ko", "who", "음", "그냥 좀 아는 애")]
    [InlineData("en", "who", "hmm", "this guy who lives near me")]
    public async Task Other_unreadable_words_are_still_kept_as_written(string language, string field, string first, string second)
    {
        await using var host = new DialogTestHost();
        var question = await AtAsync(host, language, field);
        var korean = language == "ko";
        await host.Say(first);

        var replies = await host.Say(second);

        Assert.Contains(Catalog.In(korean, RecognitionText.AsWritten), replies);
        Assert.DoesNotContain(Catalog.In(korean, question.Reask!), replies);
    }

    private static async Task<ReportBot.Dialogs.Conversations.ReportQuestion> AtAsync(DialogTestHost host, string language, string field)
    {
        if (field != "types")
        {
            return await host.AtQuestionAsync(language, field);
        }

        // The report begins with what kind of thing happened.
        await (language == "ko" ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        return ReportBot.Dialogs.Conversations.ReportQuestions.Find(field)!;
    }
}
