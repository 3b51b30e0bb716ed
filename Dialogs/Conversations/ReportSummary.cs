using System.Globalization;
using System.Text;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Reads a report back in the survivor's language, one line per part, in the order it was asked. The story is
/// shown as a short excerpt of their own first message so the summary stays readable.
/// </summary>
public static class ReportSummary
{
    public const int ExcerptChars = 120;

    public static string Build(IncidentReport report, ITextCatalog texts, Language language)
    {
        string T(TextKey key, params (string, object?)[] args) => texts.Get(key, language, args);
        string Labels<TEnum>(IReadOnlyList<(TEnum Value, TextKey Label)> options, IEnumerable<TEnum>? values)
            where TEnum : struct, Enum =>
            values is null ? T(ReportText.SummarySkipped) : string.Join(", ", values.Select(v => T(ReportChoices.Label(options, v))));

        var culture = language.Culture();
        var lines = new List<(TextKey Field, string Value)>
        {
            (ReportText.FieldTypes, Labels(ReportChoices.Types, report.Types)),
            (ReportText.FieldNarrative, report.Narrative is { Count: > 0 } parts
                ? T(ReportText.SummaryNarrative, ("parts", parts.Count), ("chars", parts.Sum(p => p.Length).ToString("N0", culture)), ("excerpt", Excerpt(parts[0])))
                : T(ReportText.SummarySkipped)),
            (ReportText.FieldWhen, Period(report.When, T, culture)),
            (ReportText.FieldPlace, report.Place ?? T(ReportText.SummarySkipped)),
            (ReportText.FieldWho, report.Relationship is { } who ? T(ReportChoices.Label(ReportChoices.Relationships, who)) : T(ReportText.SummarySkipped)),
            (ReportText.FieldEvidence, Labels(ReportChoices.Evidence, report.Evidence)),
            (ReportText.FieldOnline, report.StillOnline is { } online ? T(ReportChoices.Label(ReportChoices.Online, online)) : T(ReportText.SummarySkipped)),
            (ReportText.FieldDisclosures, Labels(ReportChoices.Disclosures, report.Disclosures)),
            (ReportText.FieldWishes, Labels(ReportChoices.Wishes, report.Wishes)),
        };

        var builder = new StringBuilder();
        foreach (var (field, value) in lines)
        {
            // A part that was never asked because it does not fit what happened is left out, not shown as skipped.
            var written = Written(report, field, T);
            if (written is null && value == T(ReportText.SummarySkipped)
                && ReportQuestions.All.FirstOrDefault(q => q.Label == field) is { } question && !question.IsAskedFor(report))
            {
                continue;
            }

            builder.Append("• ").Append(T(field)).Append(": ").Append(written ?? value).Append('\n');
        }

        if (report.Additions.Count > 0)
        {
            builder.Append("• ").Append(T(ReportText.SummaryAdditions, ("count", report.Additions.Count))).Append('\n');
            foreach (var addition in report.Additions)
            {
                var date = addition.AddedAt.ToString("d", culture);
                builder.Append("  - ").Append(T(ReportText.SummaryAdditionLine, ("date", date), ("excerpt", Excerpt(addition.Text)))).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>A choice kept as the survivor wrote it, marked so.</summary>
    private static string? Written(IncidentReport report, TextKey field, Func<TextKey, (string, object?)[], string> t)
    {
        var question = ReportQuestions.All.FirstOrDefault(q => q.Label == field);
        return question is not null && report.WrittenAnswers?.TryGetValue(question.Field, out var words) == true
            ? words + " " + t(RecognitionText.AsWrittenMarker, [])
            : null;
    }

    private static string Period(IncidentPeriod? when, Func<TextKey, (string, object?)[], string> t, CultureInfo culture)
    {
        if (when is null)
        {
            return t(ReportText.SummarySkipped, []);
        }

        if (when.Words is { } words)
        {
            // The survivor's words come first; an approximate span they stand for follows.
            if (when.AsWritten || when.From is null)
            {
                return when.AsWritten ? words + " " + t(RecognitionText.AsWrittenMarker, []) : words;
            }

            var span = when.From.Value.ToString("d", culture) + (when.To is { } end ? " ~ " + end.ToString("d", culture) : string.Empty);
            return t(RecognitionText.WhenAbout, [("words", words), ("range", span)]);
        }

        if (when.Unknown || when.From is null)
        {
            return t(ReportText.SummaryNotRemembered, []);
        }

        var from = when.From.Value.ToString("D", culture);
        return when.To is { } to ? from + " ~ " + to.ToString("D", culture) : from;
    }

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= ExcerptChars ? flat : flat[..ExcerptChars].TrimEnd() + "…";
    }
}
