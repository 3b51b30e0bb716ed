using System.Text;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Reads a report back in the survivor's language, one line per question in the order asked, each as its question
/// describes it (<see cref="ReportQuestion.Describe"/>). The story is shown as a short excerpt of their own first
/// message so the summary stays readable.
/// </summary>
public static class ReportSummary
{
    public const int ExcerptChars = NarrativeAnswer.ExcerptChars;

    /// <summary>The summary of the product's questions (<see cref="ReportQuestions.All"/>).</summary>
    public static string Build(IncidentReport report, ITextCatalog texts, Language language) =>
        Build(report, texts, language, ReportQuestions.All);

    public static string Build(IncidentReport report, ITextCatalog texts, Language language, IReadOnlyList<ReportQuestion> questions)
    {
        string T(TextKey key, params (string, object?)[] args) => texts.Get(key, language, args);

        var builder = new StringBuilder();
        foreach (var question in questions)
        {
            var value = Written(report, question, T) ?? question.Describe(report, texts, language);

            // A part that was never asked because it does not fit what happened is left out, not shown as skipped.
            if (value is null && !question.IsAskedFor(report))
            {
                continue;
            }

            builder.Append("• ").Append(T(question.Label)).Append(": ").Append(value ?? T(ReportText.SummarySkipped)).Append('\n');
        }

        if (report.Additions.Count > 0)
        {
            var culture = language.Culture();
            builder.Append("• ").Append(T(report.Additions.Count == 1 ? ReportText.SummaryAdditionsOne : ReportText.SummaryAdditions, ("count", report.Additions.Count))).Append('\n');
            foreach (var addition in report.Additions)
            {
                var date = addition.AddedAt.ToString(texts.Get(ReportText.DateFormat, language), culture);
                builder.Append("  - ").Append(T(ReportText.SummaryAdditionLine, ("date", date), ("excerpt", NarrativeAnswer.Excerpt(addition.Text)))).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>An answer kept as the survivor wrote it, marked so.</summary>
    private static string? Written(IncidentReport report, ReportQuestion question, Func<TextKey, (string, object?)[], string> t) =>
        report.WrittenAnswers?.TryGetValue(question.Field, out var words) == true
            ? words + " " + t(RecognitionText.AsWrittenMarker, [])
            : null;
}
