using System.Globalization;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;
using Xunit.Abstractions;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The labelled evaluation set (Tests/Recognition/evaluation.*.tsv, half Korean, half English) against the bars of
/// issue 13: every tier-1 crisis message answered at once, each command recognised at least 95 % of the time, at most
/// 1 % of ordinary answers taken for a command, and every "when" answer read or kept as written.
/// </summary>
public sealed class RecognitionEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static RecognitionEvaluation Evaluate() => RecognitionEvaluation.Run(Set(), new PhraseCatalog(), Today);

    public static IReadOnlyList<LabelledUtterance> Set()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        return
        [
            .. LabelledUtterance.ReadTsv(Path.Combine(folder, "evaluation.ko.tsv"), "ko"),
            .. LabelledUtterance.ReadTsv(Path.Combine(folder, "evaluation.en.tsv"), "en"),
        ];
    }

    [Fact]
    public void The_set_has_at_least_400_utterances_half_Korean_half_English()
    {
        var set = Set();
        Assert.True(set.Count >= 400, $"{set.Count} utterances");
        var korean = set.Count(u => u.Language == "ko");
        Assert.InRange(korean, set.Count * 45 / 100, set.Count * 55 / 100);
    }

    [Fact]
    public void Recognition_meets_the_bars_on_the_evaluation_set() => AssertMeetsTheBars("dev", Evaluate());

    /// <summary>
    /// A second held-out set (evaluation.fresh.*.tsv), written before the concept lists were broadened by concept:
    /// commands asked as questions, indirectly, casually, with typos and without spaces, and ordinary answers full of
    /// command words. It gates on the same bars as the development set.
    /// </summary>
    [Fact]
    public void Fresh_messages_meet_the_same_bars() => AssertMeetsTheBars("fresh", Load("evaluation.fresh"));

    /// <summary>
    /// A second fresh batch (evaluation.fresh2.*.tsv), written after the first broadening and run once blind: reported
    /// per command; it gates on the safety bars only (tier-1 recall 1.0, at most 1 % of ordinary answers taken).
    /// </summary>
    [Fact]
    public void Second_fresh_batch_meets_the_safety_bars()
    {
        var evaluation = Load("evaluation.fresh2");
        foreach (var command in evaluation.Commands)
        {
            var score = evaluation.Score(command);
            output.WriteLine(F($"fresh2 {command}: {score.Correct}/{score.Support}"));
        }

        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"fresh2 miss {miss.Utterance.Language} {miss.Utterance.Label} -> {miss.Predicted}: {miss.Utterance.Text}");
        }

        Assert.Equal(1.0, evaluation.ImmediateRecall);
        Assert.True(evaluation.CommandFalseTriggers <= 0.01, F($"{evaluation.CommandFalseTriggers:P1} of ordinary answers taken for a command"));
    }

    /// <summary>
    /// The third fresh batch (evaluation.fresh3.*.tsv), written blind before the lists were read for it: commands asked
    /// indirectly, ordinary answers full of command words, answers to yes/no questions in spoken forms and doubts, approximate
    /// dates, and first messages at the menu that tell what happened. Reported per label; gated on the safety bars.
    /// </summary>
    [Fact]
    public void Third_fresh_batch_meets_the_safety_bars()
    {
        var evaluation = Load("evaluation.fresh3");
        foreach (var label in evaluation.Results.Select(r => r.Utterance.Label).Distinct().Order(StringComparer.Ordinal))
        {
            var score = evaluation.Score(label);
            output.WriteLine(F($"fresh3 {label}: {score.Correct}/{score.Support}"));
        }

        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"fresh3 miss {miss.Utterance.Language} {miss.Utterance.Label} -> {miss.Predicted}: {miss.Utterance.Text}");
        }

        Assert.Equal(1.0, evaluation.ImmediateRecall);
        Assert.True(evaluation.CommandFalseTriggers <= 0.01, F($"{evaluation.CommandFalseTriggers:P1} of ordinary answers taken for a command"));
    }

    private void AssertMeetsTheBars(string name, RecognitionEvaluation evaluation)
    {
        foreach (var command in evaluation.Commands)
        {
            output.WriteLine(F($"{name} {command}: recall {evaluation.Score(command).Recall:F2}"));
        }

        output.WriteLine(F($"{name} ordinary answers taken for a command: {evaluation.CommandFalseTriggers:P1}"));
        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"{name} miss {miss.Utterance.Language} {miss.Utterance.Label} -> {miss.Predicted}: {miss.Utterance.Text}");
        }

        var failures = new List<string>();
        if (evaluation.ImmediateRecall < 1.0)
        {
            failures.Add(F($"crisis tier-1 recall {evaluation.ImmediateRecall:F3} < 1.0"));
        }

        foreach (var command in evaluation.Commands)
        {
            var score = evaluation.Score(command);
            if (score.Recall < 0.95)
            {
                failures.Add(F($"{command} recall {score.Recall:F3} < 0.95"));
            }
        }

        if (evaluation.CommandFalseTriggers > 0.01)
        {
            failures.Add(F($"commands triggered by {evaluation.CommandFalseTriggers:P1} of ordinary answers > 1 %"));
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures) + "\n" + string.Join("\n", evaluation.Misses.Select(m => $"{m.Utterance.Label} -> {m.Predicted}: {m.Utterance.Text}")));
    }

    private static RecognitionEvaluation Load(string stem)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        return RecognitionEvaluation.Run(
            [.. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.ko.tsv"), "ko"), .. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.en.tsv"), "en")],
            new PhraseCatalog(),
            Today);
    }

    /// <summary>
    /// Messages written after tuning, never tuned against: reported on their own. Only the safety bars gate here
    /// (every tier-1 crisis message answered at once, no ordinary answer taken for a command).
    /// </summary>
    [Fact]
    public void Held_out_messages_meet_the_safety_bars()
    {
        var evaluation = Load("evaluation.heldout");
        foreach (var command in evaluation.Commands)
        {
            output.WriteLine(F($"held-out {command}: recall {evaluation.Score(command).Recall:F2}"));
        }

        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"held-out miss {miss.Utterance.Label} -> {miss.Predicted}: {miss.Utterance.Text}");
        }

        Assert.Equal(1.0, evaluation.ImmediateRecall);
        Assert.Equal(0.0, evaluation.CommandFalseTriggers);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
