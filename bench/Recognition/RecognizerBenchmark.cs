using System.Diagnostics;
using System.Globalization;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Benchmarks.Recognition;

/// <summary>
/// Precision and recall of the recognition layer per intent on the labelled evaluation set (Tests/Recognition), and its
/// cost per message: everything the bot runs on each incoming message (crisis tiers, commands, and the date reader for
/// "when" answers), timed one message at a time over many passes.
///   dotnet run --project bench -c Release -- recognizer [--passes 200]
/// </summary>
internal static class RecognizerBenchmark
{
    private const double P99BudgetMs = 0.2;
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>The development set (tuned while written), then the held-out, fresh and second fresh sets (each first run blind).</summary>
    private static readonly (string Name, string Stem)[] Sets =
    [
        ("development set", "evaluation"),
        ("held-out set", "evaluation.heldout"),
        ("fresh set", "evaluation.fresh"),
        ("second fresh batch", "evaluation.fresh2"),
        ("third fresh batch", "evaluation.fresh3"),
        ("blind crisis set", "evaluation.blind"),
        ("second blind crisis batch", "evaluation.blind2"),
        ("third blind crisis batch", "evaluation.blind3"),
        ("fourth blind crisis batch", "evaluation.blind4"),
    ];

    public static int Run(string[] args)
    {
        var passes = Array.IndexOf(args, "--passes") is var p and >= 0 ? int.Parse(args[p + 1], CultureInfo.InvariantCulture) : 200;
        var folder = Path.Combine(AppContext.BaseDirectory, "Recognition");
        var phrases = new PhraseCatalog();
        List<LabelledUtterance> all = [];
        foreach (var (name, stem) in Sets)
        {
            List<LabelledUtterance> set =
            [
                .. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.ko.tsv"), "ko"),
                .. LabelledUtterance.ReadTsv(Path.Combine(folder, $"{stem}.en.tsv"), "en"),
            ];
            all.AddRange(set);
            Report(name, set, RecognitionEvaluation.Run(set, phrases, Today), args.Contains("--misses"));
        }

        // The survivors' answers to the report's questions are stories full of times and decisions: none is a crisis.
        var crisis = Recognizer.For(phrases).Crisis;
        var stories = Directory.GetFiles(folder, "answers*.tsv").SelectMany(File.ReadLines)
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(p => p.Length == 3).Select(p => p[2]).ToList();
        var flagged = stories.Where(a => crisis.Assess(a) != CrisisLevel.None).ToList();
        Console.WriteLine(F($"survivors' answers to the report's questions flagged as crisis: {flagged.Count}/{stories.Count}"));
        if (args.Contains("--misses"))
        {
            flagged.ForEach(a => Console.WriteLine($"  flagged: {a}"));
        }

        var slipStats = LatencyStats.Of(TimeSlip(all, phrases, passes));
        Console.WriteLine(F($"the keyboard-mode reading alone (KeyboardModeSlip.Read, every message): p50 {slipStats.P50Ms * 1000:F1} us, p99 {slipStats.P99Ms * 1000:F1} us, max {slipStats.MaxMs * 1000:F1} us"));
        var latencies = Time(all, phrases, passes);
        var stats = LatencyStats.Of(latencies);
        Console.WriteLine();
        Console.WriteLine(F($"cost per message over {latencies.Count:N0} messages ({passes} passes): p50 {stats.P50Ms * 1000:F1} us, p99 {stats.P99Ms * 1000:F1} us, max {stats.MaxMs * 1000:F1} us"));
        var within = stats.P99Ms < P99BudgetMs;
        Console.WriteLine(within ? F($"p99 is within the {P99BudgetMs} ms budget.") : F($"p99 is OVER the {P99BudgetMs} ms budget."));
        var answers = AnswerBenchmark.Run(passes);
        return within && answers == 0 ? 0 : 1;
    }

    private static void Report(string name, List<LabelledUtterance> set, RecognitionEvaluation evaluation, bool misses)
    {
        Console.WriteLine(F($"Recognition on the {name}: {set.Count} utterances ({set.Count(u => u.Language == "ko")} Korean, {set.Count(u => u.Language == "en")} English)"));
        Console.WriteLine();
        Console.WriteLine("| intent | support | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|");
        string[] contexts = [RecognitionEvaluation.Story, RecognitionEvaluation.Yes, RecognitionEvaluation.No, RecognitionEvaluation.Unsure];
        foreach (var label in evaluation.Commands.Append(RecognitionEvaluation.Immediate).Append(RecognitionEvaluation.CheckIn).Append(RecognitionEvaluation.Date)
            .Concat(contexts.Where(c => set.Any(u => u.Label == c))))
        {
            var score = evaluation.Score(label);
            Console.WriteLine(F($"| {label} | {score.Support} | {score.Precision:F3} | {score.Recall:F3} |"));
        }

        Console.WriteLine();
        Console.WriteLine(F($"crisis tier 1 recall (numbers at once):        {evaluation.ImmediateRecall:F3}"));
        Console.WriteLine(F($"crisis tier 2 recall (check-in or numbers):    {evaluation.CheckInRecall:F3}"));
        Console.WriteLine(F($"ordinary answers taken for a command:          {evaluation.CommandFalseTriggers:P1}"));
        Console.WriteLine(F($"ordinary answers and idioms flagged as crisis: {evaluation.CrisisFalseAlarms:P1}"));
        Console.WriteLine(F($"\"when\" answers read as dates (rest kept as written): {evaluation.DatesRead:P1}"));
        if (misses)
        {
            foreach (var (utterance, predicted) in evaluation.Misses)
            {
                Console.WriteLine(F($"  miss {utterance.Label} -> {predicted}: {utterance.Text}"));
            }
        }

        Console.WriteLine();
    }

    private static List<double> TimeSlip(List<LabelledUtterance> set, PhraseCatalog phrases, int passes)
    {
        var slip = KeyboardModeSlip.For(phrases);
        var sink = 0;
        set.ForEach(u => sink += slip.Read(u.Text)?.Length ?? 0);
        var latencies = new List<double>(set.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var utterance in set)
            {
                var start = Stopwatch.GetTimestamp();
                sink += slip.Read(utterance.Text)?.Length ?? 0;
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        GC.KeepAlive(sink);
        return latencies;
    }

    private static List<double> Time(List<LabelledUtterance> set, PhraseCatalog phrases, int passes)
    {
        var recognizer = Recognizer.For(phrases);
        var dates = DateReader.For(phrases);
        var slip = KeyboardModeSlip.For(phrases);
        var sink = 0;
        void Once(LabelledUtterance u)
        {
            // The input guard reads a Latin message typed with the Korean/English key in English mode as Korean first.
            sink += slip.Read(u.Text)?.Length ?? 0;
            sink += (int)recognizer.Crisis.Assess(u.Text);
            sink += recognizer.Best(u.Text)?.Name.Length ?? 0;
            if (u.Label == RecognitionEvaluation.Date)
            {
                sink += dates.Read(u.Text, Today) is null ? 0 : 1;
            }
        }

        // Warm up: the first use compiles the concepts and JITs the code, which a running bot has done long before.
        for (var i = 0; i < 5; i++)
        {
            set.ForEach(Once);
        }

        var latencies = new List<double>(set.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var utterance in set)
            {
                // A new string per message, as each turn's activity brings one: the bot reads a message once per string
                // and shares that reading between the crisis check and the commands, not between turns.
                var message = utterance with { Text = new string(utterance.Text.AsSpan()) };
                var start = Stopwatch.GetTimestamp();
                Once(message);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        GC.KeepAlive(sink);
        return latencies;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
