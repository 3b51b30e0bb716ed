using System.Diagnostics;
using System.Globalization;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Privacy.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Benchmarks.Recognition;

/// <summary>
/// Recall per kind of personal detail and over-redaction of the <see cref="Redactor"/> on the labelled PII sets
/// (Tests/Privacy/pii.*.tsv), and its cost per message, timed one message at a time over many passes (it runs on
/// every transcript line).
///   dotnet run --project bench -c Release -- redactor [--passes 200]
/// </summary>
internal static class RedactorBenchmark
{
    /// <summary>Each set was run once blind before the redactor was changed for it.</summary>
    private static readonly (string Name, string File)[] Sets =
    [
        ("blind PII set", "pii.blind.tsv"),
        ("second blind PII batch", "pii.blind2.tsv"),
        ("third blind PII batch", "pii.blind3.tsv"),
        ("names by context and spelt-out e-mails", "pii.depth.tsv"),
        ("fourth blind PII batch", "pii.blind4.tsv"),
    ];

    public static int Run(string[] args)
    {
        var passes = Array.IndexOf(args, "--passes") is var p and >= 0 ? int.Parse(args[p + 1], CultureInfo.InvariantCulture) : 200;
        var folder = Path.Combine(AppContext.BaseDirectory, "Privacy");
        var redactor = new Redactor(new TextCatalog());
        List<LabelledRedaction> all = [];
        foreach (var (name, file) in Sets)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            List<LabelledRedaction> set = [.. LabelledRedaction.ReadTsv(path)];
            all.AddRange(set);
            Report(name, set, RedactionEvaluation.Run(set, redactor), args.Contains("--misses"));
        }

        var stats = LatencyStats.Of(Time(all, redactor, passes));
        Console.WriteLine(F($"redaction cost per message over {all.Count * passes:N0} messages with personal details ({passes} passes): p50 {stats.P50Ms * 1000:F1} us, p99 {stats.P99Ms * 1000:F1} us, max {stats.MaxMs * 1000:F1} us"));

        // Most transcript lines are ordinary chat: the labelled recognition sets stand in for them.
        List<LabelledRedaction> chat = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recognition"), "evaluation*.tsv")
            .SelectMany(file => File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2)
                .Select(p => new LabelledRedaction(file.Contains(".ko.", StringComparison.Ordinal) ? Language.Korean : Language.English, LabelledRedaction.None, p[1], [], []))),
            // The survivors' answers to the report's questions (question TAB choices TAB text): the story in their words.
            .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recognition"), "answers*.tsv")
            .SelectMany(file => File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(p => p.Length == 3)
                .Select(p => new LabelledRedaction(file.Contains(".ko.", StringComparison.Ordinal) ? Language.Korean : Language.English, LabelledRedaction.None, p[2], [], [])))];
        // What a rule costs in readability: ordinary chat lines (none holds a personal detail) that the redactor altered.
        var altered = chat.Select(line => (line.Text, Redacted: redactor.Redact(line.Text, line.Language))).Where(r => r.Redacted != r.Text).ToList();
        Console.WriteLine(F($"ordinary chat lines altered: {altered.Count}/{chat.Count}"));
        if (args.Contains("--misses"))
        {
            altered.ForEach(r => Console.WriteLine(F($"  altered: {r.Text}  =>  {r.Redacted}")));
        }

        var ordinary = LatencyStats.Of(Time(chat, redactor, passes));
        Console.WriteLine(F($"redaction cost per ordinary chat line over {chat.Count * passes:N0} lines ({passes} passes): p50 {ordinary.P50Ms * 1000:F1} us, p99 {ordinary.P99Ms * 1000:F1} us, max {ordinary.MaxMs * 1000:F1} us"));
        return 0;
    }

    private static void Report(string name, List<LabelledRedaction> set, RedactionEvaluation evaluation, bool misses)
    {
        Console.WriteLine(F($"Redaction on the {name}: {set.Count} messages ({set.Count(i => i.Language == Language.Korean)} Korean, {set.Count(i => i.Language == Language.English)} English)"));
        Console.WriteLine();
        Console.WriteLine("| type | caught / messages |");
        Console.WriteLine("|---|---:|");
        foreach (var type in evaluation.Types)
        {
            var (caught, support) = evaluation.Recall(type);
            Console.WriteLine(F($"| {type} | {caught}/{support} |"));
        }

        var all = evaluation.RecallOfAll();
        var over = evaluation.OverRedaction();
        var precision = evaluation.Precision();
        Console.WriteLine(F($"| **all** | {all.Caught}/{all.Support} |"));
        Console.WriteLine();
        Console.WriteLine(F($"messages with nothing personal that were altered: {over.Altered}/{over.Support}"));
        Console.WriteLine(F($"parts to keep (dates, statutes, hotlines...) destroyed: {evaluation.KeptPartsLost}"));
        Console.WriteLine(F($"precision (altered messages that held a detail and lost nothing to keep): {precision.Right}/{precision.Altered}"));
        if (misses)
        {
            foreach (var miss in evaluation.Misses)
            {
                Console.WriteLine(F($"  miss {miss.Item.Type}: {miss.Item.Text}  =>  {miss.Redacted}"));
            }
        }

        Console.WriteLine();
    }

    private static List<double> Time(List<LabelledRedaction> set, Redactor redactor, int passes)
    {
        var sink = 0;
        for (var i = 0; i < 5; i++)
        {
            set.ForEach(item => sink += redactor.Redact(item.Text, item.Language).Length);
        }

        var latencies = new List<double>(set.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var item in set)
            {
                var start = Stopwatch.GetTimestamp();
                sink += redactor.Redact(item.Text, item.Language).Length;
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        GC.KeepAlive(sink);
        return latencies;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
