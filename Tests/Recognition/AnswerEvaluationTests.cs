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

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
