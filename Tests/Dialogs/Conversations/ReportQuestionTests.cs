using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A question is one <see cref="ReportQuestion"/> entry plus its strings: registered in a test host with nothing else
/// changed, it is asked after the product's questions, read with the same recognition, shown in the summary,
/// offered in "which part?", and saved with the case.
/// </summary>
public sealed class ReportQuestionTests
{
    private static readonly ReportQuestion Platform = new()
    {
        Field = "platform_report",
        Label = new TextKey("test.platform.field"),
        Ask = new TextKey("test.platform.ask"),
        Answer = ChoiceAnswer.AnyOf(
            new ReportChoice("ToldPlatform", new TextKey("test.platform.told")),
            new ReportChoice("AskedTakedown", new TextKey("test.platform.takedown")),
            new ReportChoice("NotYet", new TextKey("test.platform.not_yet"))),
    };

    private static readonly ReportQuestion FirstNoticed = new()
    {
        Field = "first_noticed",
        Label = new TextKey("test.noticed.field"),
        Ask = new TextKey("test.noticed.ask"),
        Answer = new DateAnswer(),
    };

    private static readonly Dictionary<string, (string Ko, string En)> Strings = new()
    {
        ["test.platform.field"] = ("플랫폼 신고", "Reported to the platform"),
        ["test.platform.ask"] = ("그 사이트나 앱에 알리셨나요? 해당하는 것을 모두 골라 주세요.", "Have you told the site or app? Pick all that apply."),
        ["test.platform.told"] = ("신고했어요", "I reported it"),
        ["test.platform.takedown"] = ("삭제를 요청했어요", "I asked them to take it down"),
        ["test.platform.not_yet"] = ("아직 안 했어요", "Not yet"),
        ["test.noticed.field"] = ("처음 알게 된 때", "When you first noticed"),
        ["test.noticed.ask"] = ("처음 알게 된 건 언제인가요?", "When did you first notice it?"),
    };

    [Fact]
    public async Task A_choice_question_added_in_the_host_is_asked_numbered_read_summarised_correctable_and_saved()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage(), configure: WithQuestions(Platform));

        var asked = await SkipProductQuestionsAsync(host);
        Assert.EndsWith("그 사이트나 앱에 알리셨나요? 해당하는 것을 모두 골라 주세요.\n1. 신고했어요\n2. 삭제를 요청했어요\n3. 아직 안 했어요", asked.Text, StringComparison.Ordinal);
        Assert.Equal(["신고했어요", "삭제를 요청했어요", "아직 안 했어요"], asked.SuggestedActions.Actions.Select(a => a.Title));

        var summary = await host.Say("1, 2");
        Assert.Contains("• 원하는 도움: (건너뜀)\n• 플랫폼 신고: 신고했어요, 삭제를 요청했어요", summary, StringComparison.Ordinal);

        // "Which part?" numbers the new question after the others, and the answer can be changed from there.
        var parts = await host.Say("고칠 부분이 있어요");
        Assert.Contains("9. 원하는 도움\n10. 플랫폼 신고", parts, StringComparison.Ordinal);
        Assert.Contains("그 사이트나 앱에 알리셨나요? 해당하는 것을 모두 골라 주세요.\n1. 신고했어요", await host.Say("10"), StringComparison.Ordinal);
        Assert.Contains("• 플랫폼 신고: 아직 안 했어요", await host.Say("3"), StringComparison.Ordinal);

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        var stored = await StoredAsync(host, code);
        Assert.Equal(["NotYet"], stored.Report.Answers!["platform_report"].ToObject<List<string>>());

        // Read back later with the case code, the answer is there too.
        await host.Say("아니요");
        await host.Say("사건 코드가 있어요");
        await host.Say(code);
        Assert.Contains("• 플랫폼 신고: 아직 안 했어요", await host.Say("내용 다시 보기"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_question_rejects_none_of_these_with_others_and_keeps_unreadable_words_as_written()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage(), configure: WithQuestions(Platform with
        {
            Answer = (ChoiceAnswer)Platform.Answer with { None = "NotYet" },
        }));
        await host.StartEnglishReportAsync();
        for (var i = 0; i < 8; i++)
        {
            await host.Say("skip");
        }

        Assert.Contains("1. I reported it\n2. I asked them to take it down\n3. Not yet", await host.Say("skip"), StringComparison.Ordinal);
        var refused = await host.Say("1, 3");
        Assert.Contains("can't go together", refused, StringComparison.Ordinal);
        Assert.Contains("1. I reported it\n2. I asked them to take it down", refused, StringComparison.Ordinal);

        // The refusal was one miss: an unreadable answer after it is the second, so the words are kept and the report moves on.
        var summary = await host.Say("purple monkey dishwasher");
        Assert.Contains("kept it just as you wrote", summary, StringComparison.Ordinal);
        Assert.Contains("• Reported to the platform: purple monkey dishwasher", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_question_added_in_the_host_reads_dates_like_the_when_question_and_shows_them_in_the_summary()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage(), configure: WithQuestions(FirstNoticed, Platform));

        var asked = await SkipProductQuestionsAsync(host);
        Assert.Equal("처음 알게 된 건 언제인가요?", asked.Text);

        // A day still to come is refused with the date question's own message; a real one is read and the next added question follows.
        var future = await host.Say("2027년 1월 1일");
        Assert.Contains("처음 알게 된 건 언제인가요?", future, StringComparison.Ordinal);
        Assert.DoesNotContain("1. 신고했어요", future, StringComparison.Ordinal);
        Assert.Contains("1. 신고했어요", await host.Say("2026년 3월 5일"), StringComparison.Ordinal);
        var summary = await host.Say("건너뛰기");
        Assert.Contains("• 처음 알게 된 때: 2026년 3월 5일 목요일\n• 플랫폼 신고: (건너뜀)", summary, StringComparison.Ordinal);

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        var stored = await StoredAsync(host, code);
        Assert.Equal(new DateOnly(2026, 3, 5), stored.Report.Answers!["first_noticed"].ToObject<IncidentPeriod>(ReportJson.Serializer)!.From);
        Assert.False(stored.Report.Answers.ContainsKey("platform_report"));
    }

    [Fact]
    public void Every_product_question_has_its_texts_in_both_languages_and_no_string_of_the_report_numbers_a_list_by_hand()
    {
        var texts = new TextCatalog();
        foreach (var question in ReportQuestions.All)
        {
            var keys = new List<TextKey> { question.Label, question.Ask };
            keys.AddRange(question.Retry is { } retry ? [retry] : []);
            keys.AddRange((question.Answer as ChoiceAnswer)?.Choices.Select(c => c.Label) ?? []);
            foreach (var key in keys)
            {
                Assert.False(string.IsNullOrWhiteSpace(texts.Find(key.Name, Language.Korean)), key.Name);
                Assert.False(string.IsNullOrWhiteSpace(texts.Find(key.Name, Language.English)), key.Name);
            }
        }

        foreach (var key in texts.Keys.Where(k => k.StartsWith("report.", StringComparison.Ordinal)))
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                Assert.DoesNotMatch(@"(^|\n)\s*1[.)] ", texts.Find(key, language) ?? string.Empty);
            }
        }
    }

    [Fact]
    public void Two_questions_for_one_field_stop_the_host_at_start()
    {
        var services = new ServiceCollection();
        services.AddReportQuestion(ReportQuestions.All[0]);
        services.AddReportQuestion(ReportQuestions.All[0] with { Ask = ReportQuestions.All[1].Ask });
        services.AddSingleton<ReportQuestionnaire>();

        var error = Assert.Throws<InvalidOperationException>(() => services.BuildServiceProvider().GetRequiredService<ReportQuestionnaire>());
        Assert.Contains("'types'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Answers "skip" to every product question (after types, so "still online?" is asked); returns the next question.</summary>
    private static async Task<Microsoft.Bot.Schema.Activity> SkipProductQuestionsAsync(Support.DialogTestHost host)
    {
        await host.StartKoreanReportAsync();
        await host.Say("1");
        for (var i = 0; i < 7; i++)
        {
            await host.Say("건너뛰기");
        }

        var replies = await host.SendActivityAsync(host.Adapter.MakeActivity("건너뛰기"));
        return replies[^1];
    }

    private static async Task<StoredCase> StoredAsync(Support.DialogTestHost host, string code)
    {
        var cases = host.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        return Assert.IsType<StoredCase>(stored);
    }

    private static Action<IServiceCollection> WithQuestions(params ReportQuestion[] questions) => services =>
    {
        foreach (var question in questions)
        {
            services.AddReportQuestion(question);
        }

        // The question's strings, as they would be in Resources/Strings, over the app's own catalog.
        services.AddSingleton<ITextCatalog>(new WithStrings(new TextCatalog()));
    };

    private sealed class WithStrings(ITextCatalog inner) : ITextCatalog
    {
        public IReadOnlyCollection<string> Keys => [.. inner.Keys, .. Strings.Keys];

        public string? Find(string key, Language language) =>
            Strings.TryGetValue(key, out var text) ? (language == Language.Korean ? text.Ko : text.En) : inner.Find(key, language);

        public string Get(TextKey key, Language language, params (string Name, object? Value)[] args) =>
            Strings.TryGetValue(key.Name, out var text) ? (language == Language.Korean ? text.Ko : text.En) : inner.Get(key, language, args);
    }
}
