using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// One question of the report, complete: the field it fills, its label, its question text, how it is asked and read
/// (<see cref="AnswerFormat"/>: choices, a date, free text, the story), where its answer lives, and when it is asked.
/// The dialog, the prompts, the "which part?" list and the summary all come from it.
/// </summary>
public sealed record ReportQuestion
{
    /// <summary>Stable name of the field, kept in dialog state, stored reports and the record: never rename it.</summary>
    public required string Field { get; init; }

    /// <summary>How the part is named in the summary and the "which part?" question.</summary>
    public required TextKey Label { get; init; }

    /// <summary>The question; for choices, the text above the numbered options.</summary>
    public required TextKey Ask { get; init; }

    /// <summary>Said instead of the question when an answer cannot be read; the prompt's default when null.</summary>
    public TextKey? Retry { get; init; }

    /// <summary>
    /// Said once, in other words than <see cref="Retry"/>, when a later unreadable reply is only a yes or a no or only a
    /// time (no answer to "who", "what kind", "where"); null for questions that take such replies as words.
    /// </summary>
    public TextKey? Reask { get; init; }

    public required AnswerFormat Answer { get; init; }

    /// <summary>Where the answer lives; by default in <see cref="IncidentReport.Answers"/> under <see cref="Field"/>.</summary>
    public AnswerSlot? Slot { get; init; }

    /// <summary>
    /// Whether the question is asked at all, given the answers so far (null: always). A question that does not apply
    /// is not asked on the way through, but can still be answered when correcting from the summary.
    /// </summary>
    public Func<IncidentReport, bool>? AppliesTo { get; init; }

    /// <summary>
    /// Whether an answer the survivor already gave in the story ("my coworker", "last March") is offered with a yes/no
    /// question instead of asking as if unheard (read by <see cref="AnswerFromWords"/>).
    /// </summary>
    public bool OfferFromStory { get; init; }

    /// <summary>The prompt (or dialog) that asks it.</summary>
    public string PromptId => Answer.PromptId(Field);

    /// <summary>What the prompt asks, as string keys.</summary>
    public PromptOptions Options => Answer.Options(Field, Ask, Retry) with { ReaskKey = Reask?.Name };

    private AnswerSlot Where => Slot ?? AnswerSlot.InReport(Field);

    /// <summary>Whether to ask this question after the answers in <paramref name="draft"/>.</summary>
    public bool IsAskedFor(IncidentReport draft) => AppliesTo?.Invoke(draft) ?? true;

    /// <summary>The question's own prompt, for registration; null when it uses one registered once for all.</summary>
    public Dialog? CreatePrompt(Func<DateOnly> today) => Answer.CreatePrompt(PromptId, today);

    /// <summary>Puts the prompt's result into the report; a skip or words kept as written clear the field.</summary>
    public IncidentReport Apply(IncidentReport report, object? result) =>
        Where.Set(report, result is null or SkippedAnswer or WrittenAnswer ? null : Answer.Read(result));

    /// <summary>The answer in the report, or null when there is none.</summary>
    public object? AnswerIn(IncidentReport report) => Where.Get(report) switch
    {
        JToken { Type: JTokenType.Null } => null,
        JToken json => Answer.FromJson(json),
        var answer => answer,
    };

    /// <summary>The answer in words for the summary, or null when there is none.</summary>
    public string? Describe(IncidentReport report, ITextCatalog texts, Language language) =>
        AnswerIn(report) is { } answer ? Answer.Describe(answer, texts, language) : null;
}
