using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The seventh blind batch of global requests (commands.blind7.*.tsv) said through the real dialogs: wanting a person,
/// wanting what one wrote deleted, stopping, pausing to come back, switching language, each said indirectly and mostly in
/// the middle of a report ("{when} ..." is said at that question), and answers that share their words. What counts is
/// what the survivor sees on that turn: the request acted on (or asked about once: a one-time check, counted apart), and
/// for a pause the report kept, never "the report you had started was not saved". Run once before any change (requests
/// met 33/52, pauses 1/10, answers acted on 0/31: bench/Recognition/Results/blind7-first-run.md), then tuned on (50/52,
/// 10/10, 0/31), so it gates like a development set: 90 % of requests met, no report dropped, no answer acted on, at most
/// two asked about.
/// </summary>
public sealed class BlindCommandConversationTests(ITestOutputHelper output)
{
    private const string Acted = "acted";
    private const string Checked = "checked";
    private const string Nothing = "nothing";

    /// <summary>A pause answered with the goodbye that drops the report being written.</summary>
    private const string Dropped = "dropped";

    [Fact]
    public Task The_seventh_blind_batch_acts_on_requests_said_indirectly_and_leaves_answers_alone() => AssertBarsAsync("commands.blind7");

    /// <summary>
    /// The eighth batch (commands.blind8.*.tsv): erasure said as wanting it gone ("i want all of this gone", "이거 다
    /// 없애주세요"), a pause said together with its reason ("i have to go, he's back", "지금 회사라서 나중에 쓸게요"), a
    /// person, stop, language, and answers that share the words ("i want the photos gone", "he came back later"). Run once
    /// before any change (requests met 29/46, pauses 1/14, answers acted on 0/26: bench/Recognition/Results/blind8-first-run.md),
    /// then tuned on (46/46, 14/14, 0/26), so it gates like blind7.
    /// </summary>
    [Fact]
    public Task The_eighth_blind_batch_acts_on_erasure_and_pauses_said_with_their_reason() => AssertBarsAsync("commands.blind8");

    /// <summary>
    /// The ninth batch (commands.blind9.*.tsv): requests said indirectly mid-report, a pause said with only its reason
    /// ("엄마 들어옴", "someone's coming"), and answers that share the words ("i want all this going on to stop", "다 없던 일로
    /// 하자고 했어요 그 사람이"). Run once before any change (bench/Recognition/Results/blind9-first-run.md); gated like blind8.
    /// </summary>
    [Fact]
    public Task The_ninth_blind_batch_acts_on_pauses_said_with_only_their_reason_and_leaves_the_story_alone() => AssertBarsAsync("commands.blind9");

    /// <summary>
    /// The tenth batch (commands.blind10.*.tsv): requests in shorthand or mixed language ("상담사 ㄱㄴ?", "기록 delete 해주세요"),
    /// a request asked inside a question or as permission ("상담사분께 직접 말씀드리면 안될까요?"), and must-not lines: a
    /// question about erasure ("기록 지워지는 거죠?", "this gets deleted after right?"), "must not" ("그 사람이 알면 안 돼요").
    /// Run once before any change (bench/Recognition/Results/blind10-first-run.md); gated like blind9.
    /// </summary>
    [Fact]
    public Task The_tenth_blind_batch_acts_on_requests_in_shorthand_and_leaves_questions_about_erasure_alone() => AssertBarsAsync("commands.blind10");

    /// <summary>
    /// The eleventh batch (commands.blind11.*.tsv): asking what the bot does or how it helps (label help: the help text shown),
    /// a person asked for in shorthand ("real person pls"), pause and stop in slang ("brb", "그만할래"), erasure said as a wish
    /// about the conversation or "my data", and must-not lines: a wish about photos or posts is a takedown, never erasure of
    /// the report. Run once before any change (requests met 30/41, what the bot does 5/12, answers acted on 1/26:
    /// bench/Recognition/Results/blind11-first-run.md), then tuned on (41/41, 12/12, 0/26), so it is gated like blind10.
    /// </summary>
    [Fact]
    public Task The_eleventh_blind_batch_answers_what_the_bot_does_and_keeps_takedowns_apart_from_erasure() => AssertBarsAsync("commands.blind11");

    /// <summary>
    /// The twelfth batch (commands.blind12.*.tsv): correcting the answer just given or going back a question (label back: an
    /// earlier question asked again), switching language mid-chat, a question to the bot mid-report about how long it takes or
    /// coming back later (label question: answered, then the same question again), a person asked for with a worry, and
    /// must-not lines with the same words in a story. Run once before any change (requests met 18/38, going back 0/12, questions
    /// 2/10, answers acted on 2/24: bench/Recognition/Results/blind12-first-run.md), then tuned on (38/38, 12/12, 10/10, 0/24),
    /// so it is gated like blind11.
    /// </summary>
    [Fact]
    public Task The_twelfth_blind_batch_goes_back_on_a_correction_and_answers_questions_about_the_report() => AssertBarsAsync("commands.blind12");

    /// <summary>
    /// The thirteenth batch (commands.blind13.*.tsv): requests as they are typed on phones and keyboards: 초성체 ("상담사 ㄱㄱ"),
    /// net endings and dropped 받침 ("얘기하고시퍼요"), Korean typed with the 한/영 key left in English mode ("rlfhr wldnjwntpdy"),
    /// romanized Korean and texting English ("plz connect me w/ a counsellor"), with two new labels: legal (the legal options
    /// opened) and skip (mid-report, the next question asked); must-not lines use the same shorthand as answers ("ㅇㅇ" at "is
    /// it still online?"). Run once before any change (requests met 38/63, Korean in 한/영 mode 0/10, answers acted on 0/29:
    /// bench/Recognition/Results/blind14-first-run.md), then tuned on (61/63, 10/10, 0/29), so it is gated like blind12.
    /// </summary>
    [Fact]
    public Task The_thirteenth_blind_batch_acts_on_requests_typed_in_shorthand_in_the_wrong_keyboard_mode_and_in_texting_english() => AssertBarsAsync("commands.blind13");

    private async Task AssertBarsAsync(string stem)
    {
        var set = Set(stem);
        Assert.True(set.Count(u => u.Language == "ko") >= 30 && set.Count(u => u.Language == "en") >= 30);

        var results = new List<(LabelledUtterance Line, string Seen)>();
        foreach (var line in set)
        {
            results.Add((line, await SeenAsync(line)));
        }

        output.WriteLine(Table(results));
        var requests = results.Where(r => r.Line.Label != RecognitionEvaluation.None).ToList();
        Assert.True(requests.Count(r => r.Seen is Acted or Checked) >= 0.9 * requests.Count, "requests met below 90 %");
        Assert.DoesNotContain(results, r => r.Seen == Dropped);
        Assert.All(results.Where(r => r.Line.Label == RecognitionEvaluation.None), r => Assert.True(r.Seen != Acted, r.Line.Text));
        Assert.True(results.Count(r => r.Line.Label == RecognitionEvaluation.None && r.Seen == Checked) <= 2, "more than two answers asked about");
    }

    /// <summary>Acted, checked (one yes away) or nothing, for the line's own request; for an answer, any request at all.</summary>
    private static async Task<string> SeenAsync(LabelledUtterance line)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var text = line.Text;
        string? field = null;
        if (text.StartsWith('{'))
        {
            field = text[1..text.IndexOf('}', StringComparison.Ordinal)];
            text = text[(field.Length + 2)..].TrimStart();
            await host.AtQuestionAsync(line.Language, field);
        }
        else
        {
            await host.Say(line.Language == "ko" ? "안녕하세요" : "hello");
        }

        var replies = await host.Say(text);
        var labels = line.Label == RecognitionEvaluation.None ? ["counsellor", "delete", "exit", "pause", "english", "korean", "help", Legal, Back] : new[] { line.Label };
        var seen = labels.Select(label => label switch
        {
            Back => WentBack(host, line.Language, field, replies),
            Skip => Skipped(host, line.Language, field, replies),
            Question => Answered(host, line.Language, field, replies),
            _ => Seen(host, label, replies),
        }).ToList();
        return seen.Contains(Acted) ? Acted : seen.Contains(Checked) ? Checked : seen.Contains(Dropped) ? Dropped : Nothing;
    }

    private static string Seen(DialogTestHost host, string label, string replies)
    {
        bool Has(TextKey key, Language language) => replies.Contains(FirstLine(host, key, language), StringComparison.Ordinal);
        bool HasEither(TextKey key) => Has(key, Language.Korean) || Has(key, Language.English);
        var (acted, check) = label switch
        {
            "counsellor" => (HasEither(HandoffText.Hotlines), RecognitionText.CheckCounsellor),
            "delete" => (HasEither(EraseText.Confirm) || HasEither(EraseText.ConfirmWithOpenedCase), (TextKey?)null),
            "exit" => (HasEither(ExitText.Goodbye), RecognitionText.CheckExit),
            // A pause keeps the report: the goodbye that drops it is no pause, and its check asks to pause, not to end. With no
            // report begun ("be right back" at the menu) there is nothing to keep: the conversation waits.
            "pause" => ((HasEither(PauseText.Kept) || HasEither(PauseText.Waiting)) && !HasEither(ExitText.DraftDropped), PauseText.Check),
            "english" => (Has(WelcomeText.LanguageSet, Language.English), RecognitionText.CheckEnglish),
            // What the bot does: the help text (mid-report, the question follows it again).
            "help" => (HasEither(HelpText.Text), (TextKey?)null),
            // The legal options opened: their first screen, whichever way in (the report's kinds, a topic, the browse menu).
            Legal => (new[] { LegalText.BrowsePrompt, LegalText.IntroReport, LegalText.IntroIdentity, LegalText.IntroLaws, LegalText.IntroHelp, LegalText.Unavailable }.Any(HasEither), (TextKey?)null),
            "korean" => (Has(WelcomeText.LanguageSet, Language.Korean), RecognitionText.CheckKorean),
            _ => throw new ArgumentException(label, nameof(label)),
        };
        return acted ? Acted
            : check is { } key && HasEither(key) && !HasEither(ExitText.DraftDropped) ? Checked
            : label == "pause" && HasEither(ExitText.DraftDropped) ? Dropped
            : Nothing;
    }

    /// <summary>Passing a question mid-report: the question after <paramref name="field"/>'s is asked, with no retry.</summary>
    private static string Skipped(DialogTestHost host, string language, string? field, string replies)
    {
        var question = field is null ? null : ReportQuestions.Find(field);
        if (question is null)
        {
            return Nothing;
        }

        var lang = ReportWalk.Lang(language);
        var next = ReportQuestions.All.SkipWhile(q => q != question).Skip(1).FirstOrDefault();
        var nextText = next is null ? FirstLine(host, ReportText.SummaryIntro, lang) : FirstLine(host, next.Ask, lang);
        var retries = new[] { question.Retry, CommonText.RetryChoice, CommonText.RetryDate, CommonText.RetryText }.OfType<TextKey>().Select(k => FirstLine(host, k, lang));
        return replies.Contains(nextText, StringComparison.Ordinal) && !retries.Any(r => replies.Contains(r, StringComparison.Ordinal)) ? Acted : Nothing;
    }

    /// <summary>Correcting or going back: a question asked before <paramref name="field"/>'s is asked again.</summary>
    private static string WentBack(DialogTestHost host, string language, string? field, string replies)
    {
        if (field is null)
        {
            return Nothing;
        }

        var earlier = ReportQuestions.All.TakeWhile(q => q.Field != field).Where(q => q.Field != "narrative");
        return earlier.Any(q => replies.Contains(FirstLine(host, q.Ask, ReportWalk.Lang(language)), StringComparison.Ordinal)) ? Acted : Nothing;
    }

    /// <summary>
    /// A question to the bot at <paramref name="field"/>'s question: answered, then the same question again (never the next
    /// question, never a retry); a pause that keeps the report answers "can I come back later?" too.
    /// </summary>
    private static string Answered(DialogTestHost host, string language, string? field, string replies)
    {
        if (HasKept(host, replies))
        {
            return Acted;
        }

        var question = field is null ? null : ReportQuestions.Find(field);
        if (question is null)
        {
            return Nothing;
        }

        var lang = ReportWalk.Lang(language);
        var ask = FirstLine(host, question.Ask, lang);
        var next = ReportQuestions.All.SkipWhile(q => q != question).Skip(1).FirstOrDefault();
        var retries = new[] { question.Retry, CommonText.RetryChoice, CommonText.RetryDate, CommonText.RetryText }.OfType<TextKey>().Select(k => FirstLine(host, k, lang));
        var at = replies.IndexOf(ask, StringComparison.Ordinal);
        return at > 0 && (next is null || !replies.Contains(FirstLine(host, next.Ask, lang), StringComparison.Ordinal))
            && !retries.Any(r => replies.Contains(r, StringComparison.Ordinal)) ? Acted : Nothing;
    }

    private static bool HasKept(DialogTestHost host, string replies) =>
        replies.Contains(FirstLine(host, PauseText.Kept, Language.Korean), StringComparison.Ordinal) || replies.Contains(FirstLine(host, PauseText.Kept, Language.English), StringComparison.Ordinal);

    private const string Back = "back";
    private const string Question = "question";
    private const string Legal = "legal";
    private const string Skip = "skip";

    private static string FirstLine(DialogTestHost host, TextKey key, Language language) =>
        host.Services.GetRequiredService<ITextCatalog>().Get(key, language).Split('\n')[0].Split('{')[0];

    private static string Table(List<(LabelledUtterance Line, string Seen)> results)
    {
        var text = new StringBuilder();
        foreach (var group in results.GroupBy(r => (r.Line.Label, r.Line.Language)).OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{group.Key.Label} {group.Key.Language}: acted {group.Count(r => r.Seen == Acted)}, checked {group.Count(r => r.Seen == Checked)}, report dropped {group.Count(r => r.Seen == Dropped)}, nothing {group.Count(r => r.Seen == Nothing)} of {group.Count()}");
        }

        foreach (var (line, seen) in results.Where(r => (r.Line.Label == RecognitionEvaluation.None) != (r.Seen is Nothing or Dropped)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss {line.Label} -> {seen}: {line.Language} {line.Text}");
        }

        return text.ToString();
    }

    private static List<LabelledUtterance> Set(string stem)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        return [.. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.ko.tsv"), "ko"),
            .. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.en.tsv"), "en")];
    }
}
