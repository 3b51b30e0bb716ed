using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// One question of the report: which field it fills, the prompt that asks it, and how the answer (or a skip)
/// goes into the report.
/// </summary>
/// <param name="Field">Stable name of the field, kept in dialog state.</param>
/// <param name="Label">How the field is named in the summary and the "which part?" question.</param>
/// <param name="PromptId">The prompt (or dialog) that asks it.</param>
/// <param name="Options">What the prompt asks, as string keys.</param>
/// <param name="Apply">Puts the prompt's result into the report; a <see cref="SkippedAnswer"/> clears the field.</param>
/// <param name="AppliesTo">
/// Whether the question is asked at all, given the answers so far (null: always). A question that does not apply
/// is not asked on the way through, but can still be answered when correcting from the summary.
/// </param>
public sealed record ReportQuestion(
    string Field,
    TextKey Label,
    string PromptId,
    PromptOptions Options,
    Func<IncidentReport, object?, IncidentReport> Apply,
    Func<IncidentReport, bool>? AppliesTo = null)
{
    /// <summary>Whether to ask this question after the answers in <paramref name="draft"/>.</summary>
    public bool IsAskedFor(IncidentReport draft) => AppliesTo?.Invoke(draft) ?? true;
}
