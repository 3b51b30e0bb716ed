using System.Diagnostics;
using System.Globalization;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Benchmarks.Recognition;

/// <summary>
/// The answer recogniser of the report's choice questions (part of the <c>recognizer</c> mode): accuracy per question
/// and language on Tests/Recognition/answers.*.tsv, and its cost per message (positions, then concepts), p99 under 0.2 ms.
/// </summary>
internal static class AnswerBenchmark
{
    private const double P99BudgetMs = 0.2;

    public static int Run(int passes)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        List<LabelledAnswer> set =
        [
            .. LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.ko.tsv"), "ko"),
            .. LabelledAnswer.ReadTsv(Path.Combine(folder, "answers.en.tsv"), "en"),
        ];
        var phrases = new PhraseCatalog();
        var evaluation = AnswerEvaluation.Run(set, phrases);
        var questions = AnswerEvaluation.Questions().ToDictionary(q => q.Name, StringComparer.Ordinal);

        Console.WriteLine();
        Console.WriteLine(F($"Answers to the choice questions in the survivor's own words: {set.Count} ({set.Count(a => a.Language == "ko")} Korean, {set.Count(a => a.Language == "en")} English)"));
        Console.WriteLine();
        Console.WriteLine("| question | accuracy (ko) | accuracy (en) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var question in questions.Keys)
        {
            Console.WriteLine(F($"| {question} | {evaluation.Accuracy("ko", question):F3} | {evaluation.Accuracy("en", question):F3} |"));
        }

        Console.WriteLine(F($"answers that mean none given a choice: ko {evaluation.WrongOnNone("ko"):P1}, en {evaluation.WrongOnNone("en"):P1}"));

        var recognizer = AnswerRecognizer.For(phrases);
        var sink = 0;
        void Once(LabelledAnswer a) => sink += AnswerEvaluation.Predict(recognizer, a.Text, questions[a.Question]).Count;
        for (var i = 0; i < 5; i++)
        {
            set.ForEach(Once);
        }

        var latencies = new List<double>(set.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var answer in set)
            {
                var start = Stopwatch.GetTimestamp();
                Once(answer);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        GC.KeepAlive(sink);
        var stats = LatencyStats.Of(latencies);
        Console.WriteLine(F($"answer recogniser cost per message over {latencies.Count:N0} messages ({passes} passes): p50 {stats.P50Ms * 1000:F1} us, p99 {stats.P99Ms * 1000:F1} us, max {stats.MaxMs * 1000:F1} us"));
        var within = stats.P99Ms < P99BudgetMs;
        Console.WriteLine(within ? F($"p99 is within the {P99BudgetMs} ms budget.") : F($"p99 is OVER the {P99BudgetMs} ms budget."));
        return within ? 0 : 1;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
