using System.Globalization;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;
using Xunit.Abstractions;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Free-text answers to the report's choice questions (Tests/Recognition/answers.*.tsv, written from support-centre
/// and helpline intake wording): each question read right at least 90 % of the time in each language, and at most
/// 2 % of answers that mean none of the choices given one.
/// </summary>
public sealed class AnswerEvaluationTests(ITestOutputHelper output)
{
    public static IReadOnlyList<LabelledAnswer> Set()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        return
        [
            .. LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.ko.tsv"), "ko"),
            .. LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.en.tsv"), "en"),
        ];
    }

    [Fact]
    public void The_set_has_at_least_120_answers_per_language_covering_every_choice_question()
    {
        var set = Set();
        Assert.True(set.Count(a => a.Language == "ko") >= 120);
        Assert.True(set.Count(a => a.Language == "en") >= 120);
        foreach (var question in AnswerEvaluation.Questions())
        {
            foreach (var language in new[] { "ko", "en" })
            {
                Assert.True(set.Count(a => a.Language == language && a.Question == question.Name && a.Expected.Count > 0) >= 10, $"{language} {question.Name}");
                Assert.Contains(set, a => a.Language == language && a.Question == question.Name && a.Expected.Count == 0);
            }
        }
    }

    [Fact]
    public void Answers_are_read_by_concept_in_both_languages()
    {
        var evaluation = AnswerEvaluation.Run(Set(), new PhraseCatalog());
        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"{miss.Answer.Language} {miss.Answer.Question} [{string.Join(",", miss.Answer.Expected)}] -> [{string.Join(",", miss.Picked)}]: {miss.Answer.Text}");
        }

        var failures = new List<string>();
        foreach (var language in new[] { "ko", "en" })
        {
            foreach (var question in AnswerEvaluation.Questions())
            {
                var accuracy = evaluation.Accuracy(language, question.Name);
                output.WriteLine(F($"{language} {question.Name}: {accuracy:F3}"));
                if (accuracy < 0.9)
                {
                    failures.Add(F($"{language} {question.Name} accuracy {accuracy:F3} < 0.9"));
                }
            }

            var wrong = evaluation.WrongOnNone(language);
            output.WriteLine(F($"{language} answers that mean none given a choice: {wrong:P1}"));
            if (wrong > 0.02)
            {
                failures.Add(F($"{language} answers that mean none given a choice {wrong:P1} > 2 %"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Answers written after the lists were tuned and never used to tune them: how the recogniser does on words it has
    /// not seen. Gated lower than the tuning set (0.75 per language over all questions), and no answer that means none
    /// given a choice.
    /// </summary>
    [Fact]
    public void Held_out_answers_are_mostly_read_and_none_are_given_a_wrong_choice()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        var set = LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.heldout.ko.tsv"), "ko")
            .Concat(LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.heldout.en.tsv"), "en")).ToList();
        var evaluation = AnswerEvaluation.Run(set, new PhraseCatalog());
        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"{miss.Answer.Language} {miss.Answer.Question} [{string.Join(",", miss.Answer.Expected)}] -> [{string.Join(",", miss.Picked)}]: {miss.Answer.Text}");
        }

        foreach (var language in new[] { "ko", "en" })
        {
            var labelled = evaluation.Outcomes.Where(o => o.Answer.Language == language && o.Answer.Expected.Count > 0).ToList();
            var accuracy = (double)labelled.Count(o => o.Correct) / labelled.Count;
            output.WriteLine(F($"{language} held-out accuracy {accuracy:F3} over {labelled.Count}"));
            Assert.True(accuracy >= 0.75, F($"{language} held-out accuracy {accuracy:F3}"));
            Assert.Equal(0.0, evaluation.WrongOnNone(language));
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
