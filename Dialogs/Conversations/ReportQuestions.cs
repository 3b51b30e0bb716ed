using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The report's questions in the order they are asked: an open question about what kind of thing happened and the
/// story first, then details. Every question can be skipped; none asks "why", none asks for a name. A new question
/// is one entry here plus its strings (see <see cref="ReportQuestion"/>); the host registers each with its prompt.
/// </summary>
public static class ReportQuestions
{
    /// <summary>The one-choice prompt, also used for the summary's and the case code's own choices.</summary>
    public const string ChoicePromptId = ChoiceAnswer.OnePromptId;
    public const string ConfirmPromptId = "report.confirm";

    public static readonly IReadOnlyList<ReportQuestion> All =
    [
        new()
        {
            Field = TypesField, Label = ReportText.FieldTypes, Ask = ReportText.AskTypes, Reask = ReportText.ReaskTypes,
            Answer = ChoiceAnswer.AnyOf(ReportChoices.Types),
            Slot = AnswerSlot.Values(r => r.Types, (r, v) => r with { Types = v }),
        },
        new()
        {
            Field = "narrative", Label = ReportText.FieldNarrative, Ask = ReportText.AskNarrative,
            Answer = new NarrativeAnswer(),
            Slot = AnswerSlot.Of(r => r.Narrative, (r, v) => r with { Narrative = v }),
        },
        new()
        {
            Field = "when", Label = ReportText.FieldWhen, Ask = ReportText.AskWhen, Retry = ReportText.RetryWhen,
            Answer = new DateAnswer(),
            Slot = AnswerSlot.Of(r => r.When, (r, v) => r with { When = v }),
            OfferFromStory = true,
        },
        new()
        {
            Field = "place", Label = ReportText.FieldPlace, Ask = ReportText.AskPlace, Retry = ReportText.RetryPlace, Reask = ReportText.ReaskPlace,
            Answer = new TextAnswer(IncidentReport.MaxPlaceChars) { IsPlace = true },
            Slot = AnswerSlot.Of(r => r.Place, (r, v) => r with { Place = v }),
            OfferFromStory = true,
        },
        new()
        {
            Field = WhoField, Label = ReportText.FieldWho, Ask = ReportText.AskWho, Retry = ReportText.RetryWho, Reask = ReportText.ReaskWho,
            Answer = ChoiceAnswer.One(ReportChoices.Relationships),
            Slot = AnswerSlot.Value(r => r.Relationship, (r, v) => r with { Relationship = v }),
            OfferFromStory = true,
        },
        new()
        {
            Field = "evidence", Label = ReportText.FieldEvidence, Ask = ReportText.AskEvidence,
            Answer = ChoiceAnswer.AnyOf(ReportChoices.Evidence, EvidenceKind.None),
            Slot = AnswerSlot.Values(r => r.Evidence, (r, v) => r with { Evidence = v }),
        },
        new()
        {
            Field = OnlineField, Label = ReportText.FieldOnline, Ask = ReportText.AskOnline,
            Answer = ChoiceAnswer.One(ReportChoices.Online) with { None = nameof(OnlineStatus.NotOnline) },
            Slot = AnswerSlot.Value(r => r.StillOnline, (r, v) => r with { StillOnline = v }),
            AppliesTo = MayBeOnline,
        },
        new()
        {
            Field = DisclosuresField, Label = ReportText.FieldDisclosures, Ask = ReportText.AskDisclosures,
            Answer = ChoiceAnswer.AnyOf(ReportChoices.Disclosures, Disclosure.NoOneYet),
            Slot = AnswerSlot.Values(r => r.Disclosures, (r, v) => r with { Disclosures = v }),
        },
        new()
        {
            Field = WishesField, Label = ReportText.FieldWishes, Ask = ReportText.AskWishes,
            Answer = ChoiceAnswer.AnyOf(ReportChoices.Wishes),
            Slot = AnswerSlot.Values(r => r.Wishes, (r, v) => r with { Wishes = v }),
        },
    ];

    /// <summary>The field of "what happened to you?" (the kinds).</summary>
    public const string TypesField = "types";

    /// <summary>The field of "how do you know the person who did this?".</summary>
    public const string WhoField = "who";

    /// <summary>The field of "have you told anyone?".</summary>
    public const string DisclosuresField = "disclosures";

    /// <summary>The field of "is any of it still online?".</summary>
    public const string OnlineField = "online";

    /// <summary>The field of "what would help you now?".</summary>
    public const string WishesField = "wishes";

    public static ReportQuestion? Find(string? field) => All.FirstOrDefault(q => q.Field == field);

    /// <summary>
    /// "Is it still online?" is asked only where material may be online: a digital kind of harm, a link or a file as
    /// evidence, or no type given (skipped, or kept as written). Asking it after an assault by a boss reads as not
    /// listening.
    /// </summary>
    private static bool MayBeOnline(IncidentReport r) =>
        r.Types is not { Count: > 0 } types || types.Contains(IncidentType.Other) || NamesMaterialOnline(r);

    /// <summary>A kind of harm done with images or posts (filming, sharing, deepfakes, online harassment).</summary>
    public static bool IsAboutImagesOrPosts(IncidentType type) =>
        type is IncidentType.IllegalFilming or IncidentType.NonConsensualSharing or IncidentType.Deepfake or IncidentType.OnlineHarassment;

    /// <summary>Whether a report names material that may be online: such a kind of harm, or links or files as evidence.</summary>
    public static bool NamesMaterialOnline(IncidentReport r) =>
        r.Types?.Any(IsAboutImagesOrPosts) == true || r.Evidence?.Any(e => e is EvidenceKind.Links or EvidenceKind.VideosOrFiles) == true;
}
