using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>
/// The answer recogniser on a labelled set of free-text answers to the report's choice questions: accuracy per
/// question and language (the exact set of choices), and how often an answer that means none of them got a choice.
/// </summary>
public sealed class AnswerEvaluation
{
    private AnswerEvaluation(IReadOnlyList<AnswerOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<AnswerOutcome> Outcomes { get; }

    public IEnumerable<AnswerOutcome> Misses => Outcomes.Where(o => !o.Correct);

    /// <summary>The questions with their answer sets, as the report asks them.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<string> Values, string? None, bool Many)> Questions() =>
        ReportQuestions.All
            .Where(q => q.Options.AnswerSet is not null)
            .Select(q => (q.Options.AnswerSet!, (IReadOnlyList<string>)[.. q.Options.Choices!.Select(c => c.Value)], q.Options.NoneChoice, q.PromptId != ReportQuestions.ChoicePromptId));

    public static AnswerEvaluation Run(IEnumerable<LabelledAnswer> set, IPhraseCatalog phrases)
    {
        var recognizer = AnswerRecognizer.For(phrases);
        var questions = Questions().ToDictionary(q => q.Name, StringComparer.Ordinal);
        var outcomes = new List<AnswerOutcome>();
        foreach (var answer in set)
        {
            var question = questions.TryGetValue(answer.Question, out var q) ? q : throw new InvalidDataException($"No question '{answer.Question}'.");
            var picked = Predict(recognizer, answer.Text, question);
            outcomes.Add(new AnswerOutcome(answer, picked));
        }

        return new AnswerEvaluation(outcomes);
    }

    /// <summary>What a choice prompt makes of the words beyond numbers and labels: positions, then concepts.</summary>
    public static IReadOnlyList<string> Predict(AnswerRecognizer recognizer, string text, (string Name, IReadOnlyList<string> Values, string? None, bool Many) question)
    {
        var indexes = recognizer.Ordinals.Read(text, question.Values.Count) is { } positions && (question.Many || positions.Count == 1)
            ? positions
            : recognizer.Recognize(text, question.Name, question.Values, question.None, question.Many);
        return indexes is null ? [] : [.. indexes.Select(i => question.Values[i]).Order(StringComparer.Ordinal)];
    }

    /// <summary>Answers that mean a choice, read as exactly that choice (or set of choices).</summary>
    public double Accuracy(string language, string question)
    {
        var labelled = Outcomes.Where(o => o.Answer.Language == language && o.Answer.Question == question && o.Answer.Expected.Count > 0).ToList();
        return labelled.Count == 0 ? 1.0 : (double)labelled.Count(o => o.Correct) / labelled.Count;
    }

    /// <summary>Answers that mean none of the choices but were given one.</summary>
    public double WrongOnNone(string language)
    {
        var none = Outcomes.Where(o => o.Answer.Language == language && o.Answer.Expected.Count == 0).ToList();
        return none.Count == 0 ? 0.0 : (double)none.Count(o => !o.Correct) / none.Count;
    }
}
