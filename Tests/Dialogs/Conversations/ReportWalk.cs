using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>Steps shared by the report tests: reaching the report, answering, reading the case code.</summary>
public static partial class ReportWalk
{
    /// <summary>Sends a message and returns all reply texts of the turn joined, for Contains checks.</summary>
    public static async Task<string> Say(this DialogTestHost host, string text) => string.Join("\n---\n", await host.SendAsync(text));

    /// <summary>A new conversation whose messages come in <paramref name="language"/>: "ko", or "en" with the en-US locale.</summary>
    public static DialogTestHost HostIn(string language) => language == "ko" ? new DialogTestHost() : new DialogTestHost { Locale = "en-US" };

    /// <summary>Greets in Korean and picks "report" from the menu; returns the replies of the last turn.</summary>
    public static async Task<string> StartKoreanReportAsync(this DialogTestHost host)
    {
        await host.Say("안녕하세요");
        return await host.Say("1");
    }

    public static async Task<string> StartEnglishReportAsync(this DialogTestHost host)
    {
        await host.Say("hello");
        return await host.Say("Report what happened");
    }

    /// <summary>Starts the report in <paramref name="code"/> ("ko" or "en") and checks that it asks what happened (the kinds).</summary>
    public static async Task AtTheKindQuestionAsync(this DialogTestHost host, string code)
    {
        var asked = host.Services.GetRequiredService<ITextCatalog>().Get(ReportText.AskTypes, Lang(code));
        Assert.Contains(asked, code == "ko" ? await host.StartKoreanReportAsync() : await host.StartEnglishReportAsync(), StringComparison.Ordinal);
    }

    /// <summary>Starts the report in <paramref name="language"/> and passes its first question, up to the story prompt.</summary>
    public static async Task StartStoryAsync(this DialogTestHost host, Language language)
    {
        await (language == Language.Korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say(Skip(language));
    }

    /// <summary>Greets in <paramref name="language"/> and says <paramref name="text"/> at the menu; returns the replies to it.</summary>
    public static async Task<string> SayAtMenuAsync(this DialogTestHost host, Language language, string text)
    {
        await host.Say(language == Language.Korean ? "안녕하세요" : "hello");
        return await host.Say(text);
    }

    /// <summary>
    /// Starts the report in <paramref name="language"/>, answers what happened with <paramref name="kinds"/> (passes it when
    /// null) and finishes the story at once; returns the replies to "done" (the next question).
    /// </summary>
    public static async Task<string> StoryDoneAsync(this DialogTestHost host, Language language, string? kinds = null)
    {
        var asked = await (language == Language.Korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        Assert.Contains(host.Services.GetRequiredService<ITextCatalog>().Get(ReportText.AskTypes, language), asked, StringComparison.Ordinal);
        await host.Say(kinds ?? Skip(language));
        return await host.Say(language == Language.Korean ? "다 했어요" : "done");
    }

    /// <summary>
    /// Starts the report in <paramref name="language"/> ("ko" or "en") and passes questions until the one that asks for
    /// <paramref name="field"/> is asked; returns that question.
    /// </summary>
    public static async Task<ReportBot.Dialogs.Conversations.ReportQuestion> AtQuestionAsync(this DialogTestHost host, string language, string field)
    {
        var question = ReportBot.Dialogs.Conversations.ReportQuestions.Find(field)!;
        await (language == "ko" ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        if (question != ReportBot.Dialogs.Conversations.ReportQuestions.All[0])
        {
            // The first question ("what happened") is asked as the report starts.
            await host.SkipUntilAsync(Lang(language), question.Ask, most: 10);
        }

        return question;
    }

    /// <summary>The word that passes a question, in <paramref name="language"/>.</summary>
    public static string Skip(Language language) => language == Language.Korean ? "건너뛰기" : "skip";

    /// <summary>
    /// Passes questions until <paramref name="question"/> is asked (at most <paramref name="most"/> of them); returns the
    /// replies of the turn that asked it, or fails the test.
    /// </summary>
    public static async Task<string> SkipUntilAsync(this DialogTestHost host, Language language, TextKey question, int most = 6)
    {
        var asked = host.Services.GetRequiredService<ITextCatalog>().Get(question, language);
        var replies = string.Empty;
        for (var i = 0; i < most && !replies.Contains(asked, StringComparison.Ordinal); i++)
        {
            replies = await host.Say(Skip(language));
        }

        Assert.Contains(asked, replies, StringComparison.Ordinal);
        return replies;
    }

    /// <summary>Passes the remaining questions to the summary and returns its line for <paramref name="field"/> ("When: ...").</summary>
    public static async Task<string> SummaryLineAsync(this DialogTestHost host, Language language, TextKey field)
    {
        var summary = await host.SkipUntilAsync(language, ReportText.SummaryAsk);
        var label = host.Services.GetRequiredService<ITextCatalog>().Get(field, language) + ":";
        return summary.Split('\n').Single(l => l.Contains(label, StringComparison.Ordinal));
    }

    /// <summary>The case code shown to the survivor (grouped form), or fails the test.</summary>
    public static string CaseCodeIn(string replies)
    {
        var match = CodePattern().Match(replies);
        Assert.True(match.Success, "No case code in: " + replies);
        return match.Value;
    }

    [GeneratedRegex(@"\b[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}\b")]
    private static partial Regex CodePattern();
}
