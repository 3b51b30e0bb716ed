using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The report's questions in the order they are asked: an open question about what kind of thing happened and
/// the story first, then details. Every question can be skipped; none asks "why", none asks for a name.
/// </summary>
public static class ReportQuestions
{
    public const string TypesPromptId = "report.types";
    public const string WhenPromptId = "report.when";
    public const string PlacePromptId = "report.place";
    public const string EvidencePromptId = "report.evidence";
    public const string DisclosuresPromptId = "report.disclosures";
    public const string WishesPromptId = "report.wishes";
    public const string ChoicePromptId = "report.choice";
    public const string ConfirmPromptId = "report.confirm";

    public static readonly IReadOnlyList<ReportQuestion> All =
    [
        new("types", ReportText.FieldTypes, TypesPromptId, Ask(ReportText.AskTypes.Name, ReportChoices.ToChoices(ReportChoices.Types), "types"),
            (r, a) => r with { Types = Many<IncidentType>(a) }),
        new("narrative", ReportText.FieldNarrative, NarrativeDialog.DialogId, Ask(ReportText.AskNarrative.Name),
            (r, a) => r with { Narrative = a is List<string> parts && parts.Count > 0 ? parts : null }),
        new("when", ReportText.FieldWhen, WhenPromptId, Ask(ReportText.AskWhen.Name) with { RetryKey = ReportText.RetryWhen.Name },
            (r, a) => r with { When = a as IncidentPeriod }),
        new("place", ReportText.FieldPlace, PlacePromptId, Ask(ReportText.AskPlace.Name),
            (r, a) => r with { Place = a as string }),
        new("who", ReportText.FieldWho, ChoicePromptId,
            Ask(ReportText.AskWho.Name, ReportChoices.ToChoices(ReportChoices.Relationships), "who") with { RetryKey = ReportText.RetryWho.Name },
            (r, a) => r with { Relationship = One<Relationship>(a) }),
        new("evidence", ReportText.FieldEvidence, EvidencePromptId, Ask(ReportText.AskEvidence.Name, ReportChoices.ToChoices(ReportChoices.Evidence), "evidence", nameof(EvidenceKind.None)),
            (r, a) => r with { Evidence = Many<EvidenceKind>(a) }),
        new("online", ReportText.FieldOnline, ChoicePromptId, Ask(ReportText.AskOnline.Name, ReportChoices.ToChoices(ReportChoices.Online), "online", nameof(OnlineStatus.NotOnline)),
            (r, a) => r with { StillOnline = One<OnlineStatus>(a) }, MayBeOnline),
        new("disclosures", ReportText.FieldDisclosures, DisclosuresPromptId, Ask(ReportText.AskDisclosures.Name, ReportChoices.ToChoices(ReportChoices.Disclosures), "disclosures", nameof(Disclosure.NoOneYet)),
            (r, a) => r with { Disclosures = Many<Disclosure>(a) }),
        new("wishes", ReportText.FieldWishes, WishesPromptId, Ask(ReportText.AskWishes.Name, ReportChoices.ToChoices(ReportChoices.Wishes), "wishes"),
            (r, a) => r with { Wishes = Many<SupportWish>(a) }),
    ];

    public static ReportQuestion? Find(string? field) => All.FirstOrDefault(q => q.Field == field);

    /// <summary>
    /// "Is it still online?" is asked only where material may be online: a digital kind of harm, a link or a file as
    /// evidence, or no type given (skipped, or kept as written). Asking it after an assault by a boss reads as not
    /// listening.
    /// </summary>
    private static bool MayBeOnline(IncidentReport r) =>
        r.Types is not { Count: > 0 } types
        || types.Any(t => t is IncidentType.IllegalFilming or IncidentType.NonConsensualSharing or IncidentType.Deepfake
            or IncidentType.OnlineHarassment or IncidentType.Other)
        || r.Evidence?.Any(e => e is EvidenceKind.Links or EvidenceKind.VideosOrFiles) == true;

    /// <param name="answers">The question's answers in the survivor's own words (answer.&lt;answers&gt;.* in Resources/Phrases/answers.json).</param>
    /// <param name="none">The choice that means "none of these".</param>
    private static PromptOptions Ask(string promptKey, List<Choice>? choices = null, string? answers = null, string? none = null) =>
        new() { PromptKey = promptKey, Choices = choices, AllowSkip = true, KeepAsWritten = true, AnswerSet = answers, NoneChoice = none };

    private static List<T>? Many<T>(object? answer)
        where T : struct, Enum =>
        answer is IReadOnlyList<FoundChoice> found ? found.Select(f => Enum.Parse<T>(f.Value)).Distinct().ToList() : null;

    private static T? One<T>(object? answer)
        where T : struct, Enum =>
        answer is FoundChoice found ? Enum.Parse<T>(found.Value) : null;
}
