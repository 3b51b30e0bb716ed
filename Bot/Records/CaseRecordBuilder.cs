using System.Globalization;
using System.Text.Json.Nodes;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Records;

/// <summary>
/// Makes the content of a survivor's record from their saved case: each answered part of the report in their own
/// words with the time it was recorded, what they added later, and their evidence log, in the order recorded and
/// hash-chained; text in the survivor's language, headings in both.
/// </summary>
public sealed class CaseRecordBuilder(ITextCatalog texts, ReportQuestionnaire questions)
{
    public const string Format = "reportbot-record/1";

    public JsonObject Build(StoredCase stored)
    {
        var language = LanguageExtensions.FromCode(stored.Language) ?? Language.Korean;
        var entries = new List<(DateTimeOffset At, JsonObject Entry)>();
        var report = stored.Report;
        foreach (var question in questions.All)
        {
            if (PartValue(question, report, language) is not { } value)
            {
                continue;
            }

            var part = stored.Parts?.GetValueOrDefault(question.Field);
            var at = part?.RecordedAt ?? stored.CreatedAt;
            if (question.Field == "when" && part?.AsWritten is { } written)
            {
                value = T(RecordsText.WhenAsWritten, language, ("text", written)) + "\n" + T(RecordsText.WhenUnderstood, language, ("date", value));
            }

            entries.Add((at, Entry("report." + question.Field, question.Label, value, at)));
        }

        foreach (var addition in report.Additions)
        {
            entries.Add((addition.AddedAt, Entry("addition", RecordsText.HeadingAddition, addition.Text, addition.AddedAt)));
        }

        foreach (var file in stored.Evidence?.Files ?? [])
        {
            var text = T(RecordsText.EvidenceFileText, language,
                ("sha256", file.Sha256),
                ("size", file.Size.ToString("N0", CultureInfo.InvariantCulture)),
                ("type", file.MediaType ?? "-"),
                ("label", file.Label ?? "-"),
                ("made", file.ClaimedMadeOn ?? "-"));
            var entry = Entry("evidence.file", RecordsText.HeadingEvidenceFile, text, file.RecordedAt);
            entry["sha256"] = file.Sha256;
            entry["size"] = file.Size;
            entries.Add((file.RecordedAt, entry));
        }

        foreach (var url in stored.Evidence?.Urls ?? [])
        {
            var entry = Entry("evidence.url", RecordsText.HeadingPostedUrl, url.Url, url.RecordedAt);
            entries.Add((url.RecordedAt, entry));
        }

        // Stable: parts recorded at the same moment keep the order they are asked and logged in.
        var ordered = new JsonArray(entries.OrderBy(e => e.At).Select(e => (JsonNode)e.Entry).ToArray());
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i]!["seq"] = i + 1;
        }

        var head = RecordChain.Link(ordered);
        return new JsonObject
        {
            ["format"] = Format,
            ["language"] = language.Code(),
            ["title"] = Both(RecordsText.Title),
            ["note"] = Both(RecordsText.Note),
            ["firstSaved"] = RecordTime.Both(stored.CreatedAt),
            ["entries"] = ordered,
            ["chainHead"] = head,
        };

        JsonObject Entry(string kind, TextKey heading, string text, DateTimeOffset at) => new()
        {
            ["kind"] = kind,
            ["heading"] = Both(heading),
            ["text"] = text,
            ["recordedAt"] = RecordTime.Both(at),
        };
    }

    private JsonObject Both(TextKey key) => new() { ["ko"] = texts.Get(key, Language.Korean), ["en"] = texts.Get(key, Language.English) };

    private string T(TextKey key, Language language, params (string, object?)[] args) => texts.Get(key, language, args);

    // Each answer as the summary describes it, except the story (whole, not an excerpt) and the date (ISO days).
    private string? PartValue(ReportQuestion question, IncidentReport report, Language language) =>
        question.AnswerIn(report) switch
        {
            null or System.Collections.ICollection { Count: 0 } => null,
            string text when string.IsNullOrWhiteSpace(text) => null,
            IReadOnlyList<string> parts when question.Answer is NarrativeAnswer => string.Join("\n\n", parts),
            IncidentPeriod period => Period(period, language),
            var answer => question.Answer.Describe(answer, texts, language),
        };

    private string Period(IncidentPeriod when, Language language)
    {
        if (when.Unknown || when.From is null)
        {
            return texts.Get(ReportText.SummaryNotRemembered, language);
        }

        var from = when.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return when.To is { } to ? from + " ~ " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : from;
    }
}
