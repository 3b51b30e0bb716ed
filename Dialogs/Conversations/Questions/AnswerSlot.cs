using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// Where a question's answer lives in the report. A new question keeps it in <see cref="IncidentReport.Answers"/>
/// under its field (<see cref="InReport"/>, the default); the first questions have properties of their own, which
/// stored reports, the legal options and the records read by name.
/// </summary>
/// <param name="Get">The answer (as its <see cref="AnswerFormat"/> describes it, or as JSON), or null if none.</param>
/// <param name="Set">Puts an answer in, or clears it with null.</param>
public sealed record AnswerSlot(Func<IncidentReport, object?> Get, Func<IncidentReport, object?, IncidentReport> Set)
{
    /// <summary>The answer kept as JSON in <see cref="IncidentReport.Answers"/> under the field.</summary>
    public static AnswerSlot InReport(string field) => new(
        r => r.Answers?.GetValueOrDefault(field),
        (r, answer) =>
        {
            var answers = new Dictionary<string, JToken>(r.Answers ?? [], StringComparer.Ordinal);
            if (answer is null)
            {
                answers.Remove(field);
            }
            else
            {
                answers[field] = JToken.FromObject(answer, ReportJson.Serializer);
            }

            return r with { Answers = answers.Count > 0 ? answers : null };
        });

    /// <summary>A property holding several values of an enum (the answer's values are the enum names).</summary>
    public static AnswerSlot Values<T>(Func<IncidentReport, List<T>?> get, Func<IncidentReport, List<T>?, IncidentReport> set)
        where T : struct, Enum => new(
        r => get(r)?.Select(v => v.ToString()).ToList(),
        (r, answer) => set(r, (answer as IEnumerable<string>)?.Select(Enum.Parse<T>).Distinct().ToList()));

    /// <summary>A property holding one value of an enum.</summary>
    public static AnswerSlot Value<T>(Func<IncidentReport, T?> get, Func<IncidentReport, T?, IncidentReport> set)
        where T : struct, Enum => new(
        r => get(r) is { } value ? new List<string> { value.ToString() } : null,
        (r, answer) => set(r, (answer as IEnumerable<string>)?.Select(v => (T?)Enum.Parse<T>(v)).FirstOrDefault()));

    /// <summary>A property holding the answer as it is (a text, a period, the story's messages).</summary>
    public static AnswerSlot Of<TAnswer>(Func<IncidentReport, TAnswer?> get, Func<IncidentReport, TAnswer?, IncidentReport> set)
        where TAnswer : class => new(r => get(r), (r, answer) => set(r, answer as TAnswer));
}
