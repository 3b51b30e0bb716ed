using System.Globalization;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;
using Xunit.Abstractions;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Crisis wording nobody tuned for (Tests/Recognition/evaluation.blind*.tsv): the first blind set was run once and then
/// used to broaden the lists, so it gates like a development set; the second batch was written after that broadening
/// and run once blind (README, "Evaluation"). Both gate on what matters most: danger answered at once, every
/// distress message at least checked in on, and ordinary messages left alone.
/// </summary>
public sealed class BlindCrisisEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void The_blind_set_has_100_crisis_messages_and_60_that_only_share_their_words()
    {
        var set = Set("evaluation.blind");
        Assert.True(set.Count(u => u.Label is RecognitionEvaluation.Immediate or RecognitionEvaluation.CheckIn) >= 100);
        Assert.True(set.Count(u => u.Label is not (RecognitionEvaluation.Immediate or RecognitionEvaluation.CheckIn)) >= 60);
    }

    [Fact]
    public void Every_crisis_message_of_the_first_blind_set_gets_its_answer() =>
        AssertBars("evaluation.blind", minimumImmediate: 1.0, unanswered: 0, maximumFalseAlarms: 0.02);

    /// <summary>
    /// "내가 죽으면 다 끝나겠지 오늘 할거야", the known miss until the fifth batch, is tier 1 since then: "doing it" with a
    /// time in the same message as distress is a plan ("today" alone is still not a time of a plan). "I've decided, I'm
    /// doing it tonight" is tier 1 since the third batch.
    /// </summary>
    [Fact]
    public void The_second_blind_batch_meets_the_safety_bars() =>
        AssertBars("evaluation.blind2", minimumImmediate: 1.0, unanswered: 0, maximumFalseAlarms: 0.06);

    /// <summary>
    /// Run once blind (tier 1 10/21, tier 2 23/32), then broadened by class. "this is my last night" is tier 1 since the
    /// fourth batch (said as one's own, in the present; "it was my last night in Seoul" is a story); "오늘이 마지막 날이에요"
    /// is tier 1 because "today is the last" is the time. None goes unanswered.
    /// </summary>
    [Fact]
    public void The_third_blind_batch_meets_the_safety_bars() =>
        AssertBars("evaluation.blind3", minimumImmediate: 0.9, unanswered: 0, maximumFalseAlarms: 0.03);

    /// <summary>
    /// Indirect finality and farewells (evaluation.blind4), run once blind (tier 1 8/64, 8 of 46 ordinary messages flagged:
    /// bench/Recognition/Results/blind4-first-run.md), then broadened by class. Ordinary talk that shares the words (the
    /// last time he wrote, evidence put in order, a plan to report tonight, goodbyes to the bot) is never flagged.
    /// </summary>
    [Fact]
    public void The_fourth_blind_batch_answers_goodbyes_and_finality_at_once() =>
        AssertBars("evaluation.blind4", minimumImmediate: 0.95, unanswered: 0, maximumFalseAlarms: 0.0);

    private static List<LabelledUtterance> Set(string stem)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        return [.. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.ko.tsv"), "ko"), .. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.en.tsv"), "en")];
    }

    private void AssertBars(string stem, double minimumImmediate, int unanswered, double maximumFalseAlarms)
    {
        var evaluation = RecognitionEvaluation.Run(Set(stem), new PhraseCatalog(), Today);
        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"{stem} miss {miss.Utterance.Label} -> {miss.Predicted}: {miss.Utterance.Text}");
        }

        var anyAnswer = evaluation.Results.Where(r => r.Utterance.Label is RecognitionEvaluation.Immediate or RecognitionEvaluation.CheckIn).ToList();
        Assert.True(evaluation.ImmediateRecall >= minimumImmediate, F($"tier-1 recall {evaluation.ImmediateRecall:F3}"));
        var silent = anyAnswer.Where(r => r.Predicted is not (RecognitionEvaluation.Immediate or RecognitionEvaluation.CheckIn)).Select(r => r.Utterance.Text).ToList();
        Assert.True(silent.Count <= unanswered, "no answer to: " + string.Join(" | ", silent));
        Assert.True(evaluation.CrisisFalseAlarms <= maximumFalseAlarms, F($"{evaluation.CrisisFalseAlarms:P1} of ordinary messages flagged"));
        Assert.True(evaluation.CommandFalseTriggers <= 0.01, F($"{evaluation.CommandFalseTriggers:P1} of ordinary answers taken for a command"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
