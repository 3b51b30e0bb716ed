using FluentValidation.Results;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Reports;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// The story, told in as many messages as the survivor needs (<see cref="NarrativeDialog"/>). The summary shows how
/// much was written and an excerpt of the first message, so it stays readable.
/// </summary>
public sealed record NarrativeAnswer : AnswerFormat
{
    public const int ExcerptChars = 120;

    public override string PromptId(string field) => NarrativeDialog.DialogId;

    public override Dialog? CreatePrompt(string promptId, Func<DateOnly> today) => null;

    public override object? Read(object result) => result is List<string> { Count: > 0 } parts ? parts : null;

    public override object? FromJson(JToken json) => json.ToObject<List<string>>();

    /// <summary>Each message and the whole story within the limits of the report's own story.</summary>
    public override IEnumerable<ValidationFailure> Check(object answer, Func<DateOnly> today)
    {
        var parts = (IReadOnlyList<string>)answer;
        var each = new TextLengthValidator(IncidentReport.MaxNarrativePartChars);
        var failures = parts.SelectMany(p => each.Validate(p).Errors).ToList();
        if (parts.Sum(p => p.Length) > IncidentReport.MaxNarrativeChars)
        {
            failures.AddRange(new TextLengthValidator(IncidentReport.MaxNarrativeChars).Validate(string.Concat(parts)).Errors);
        }

        return failures;
    }

    public override string Describe(object answer, ITextCatalog texts, Language language)
    {
        var parts = (IReadOnlyList<string>)answer;
        return parts.Count == 0
            ? texts.Get(ReportText.SummarySkipped, language)
            : texts.Get(
                parts.Count == 1 ? ReportText.SummaryNarrativeOne : ReportText.SummaryNarrative,
                language,
                ("parts", parts.Count),
                ("chars", parts.Sum(p => p.Length).ToString("N0", language.Culture())),
                ("excerpt", Excerpt(parts[0])));
    }

    /// <summary>The start of a text on one line, cut at <see cref="ExcerptChars"/>.</summary>
    public static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= ExcerptChars ? flat : flat[..ExcerptChars].TrimEnd() + "…";
    }
}
