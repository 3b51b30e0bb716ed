using FluentValidation;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The anonymous report: asks the questions of the <see cref="ReportQuestionnaire"/> in order (each skippable), reads the answers back,
/// lets the survivor change any part, then saves the report as a case and gives them its code, and offers the
/// legal options. The draft lives in the dialog's state, so a pause of days or an app restart loses nothing.
/// </summary>
public sealed partial class ReportDialog : Dialog
{
    public const string DialogId = "report";

    /// <summary>The legal-options dialog another feature provides; looked up by id so the report works without it.</summary>
    public const string LegalOptionsDialogId = "legalOptions";

    /// <summary>The summary's question, which also reads a part's new value named in words (<see cref="SummaryPrompt"/>).</summary>
    public const string SummaryPromptId = "report.summary";

    /// <summary>The yes/no question that offers an answer read from the story (<see cref="StoryOfferPrompt"/>).</summary>
    public const string OfferPromptId = "report.offer";

    private const string DraftKey = "draft";
    private const string FieldKey = "field";
    private const string PhaseKey = "phase";
    private const string CorrectingKey = "correcting";
    private const string PartsKey = "parts";
    private const string OpeningKey = "opening";
    private const string OfferKey = "offer";
    private const string ResumeAtKey = "resumeAt";

    private static readonly List<Choice> SummaryChoices =
    [
        new(SummaryPrompt.SaveChoice, ReportText.SummarySave.Name),
        new("correct", ReportText.SummaryCorrect.Name),
        new("discard", ReportText.SummaryDiscard.Name),
    ];

    private readonly CaseStore _cases;
    private readonly IValidator<IncidentReport> _validator;
    private readonly ReportSessionAccessor _sessions;
    private readonly ILogger<ReportDialog> _logger;
    private readonly ReportQuestionnaire _questions;

    public ReportDialog(CaseStore cases, IValidator<IncidentReport> validator, ReportSessionAccessor sessions, ILogger<ReportDialog> logger, ReportQuestionnaire questions)
        : base(DialogId)
    {
        _questions = questions;
        _cases = cases;
        _validator = validator;
        _sessions = sessions;
        _logger = logger;
    }

    private enum Phase
    {
        Question,
        Summary,
        PickField,
        Discard,
        LegalOffer,
        Offer,
    }

    /// <summary>
    /// True when the report is asking what kind of incident it was, for the first time (not a correction from the
    /// summary): an answer that tells what happened is then also kept as the start of the story.
    /// </summary>
    public static bool IsAskingTheKind(IReadOnlyList<DialogInstance> stack) =>
        stack.Count > 1 && stack[1] is { Id: DialogId } report && AsksTheKindFirstTime(report.State);

    /// <summary>
    /// Keeps words told at the kind question, which name no kind, as the start of the story (the question is then asked
    /// again). Only while <see cref="IsAskingTheKind"/>.
    /// </summary>
    public static void KeepStoryToldAtTheKind(IReadOnlyList<DialogInstance> stack, string words)
    {
        if (IsAskingTheKind(stack))
        {
            stack[1].State[OpeningKey] = words;
        }
    }

    // The kind question, asked in the report's order (not a correction from the summary), with no story begun before it.
    private static bool AsksTheKindFirstTime(JObject state) =>
        state.Value<string>(FieldKey) == Recognition.StoryReader.TypesAnswerSet && ReadPhase(state) == Phase.Question
        && !state.Value<bool>(CorrectingKey) && !state.ContainsKey(OpeningKey);

    /// <summary>True when a report is being written anywhere on the stack (saved or not).</summary>
    public static bool IsOnStack(IEnumerable<DialogInstance> stack) => stack.Any(d => d.Id == DialogId);

    /// <summary>True when the stack holds a report that has not been saved yet (an unfinished draft).</summary>
    public static bool HasUnsavedDraft(IEnumerable<DialogInstance> stack) =>
        stack.Any(d => d.Id == DialogId && d.State.ContainsKey(DraftKey));

    /// <summary>The report question being answered (its field, as in <see cref="ReportQuestions"/>), or null when none is.</summary>
    public static string? FieldAsked(IEnumerable<DialogInstance> stack) =>
        stack.FirstOrDefault(d => d.Id == DialogId) is { } report && ReadPhase(report.State) == Phase.Question
            ? report.State.Value<string>(FieldKey)
            : null;

    /// <summary>The unsaved report on the stack, or null when there is none.</summary>
    public static IncidentReport? UnsavedDraft(IEnumerable<DialogInstance> stack) =>
        stack.FirstOrDefault(d => d.Id == DialogId && d.State.ContainsKey(DraftKey)) is { } report ? ReportJson.FromJson(report.State[DraftKey]) : null;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (options is Recognition.StoryStart story)
        {
            return await BeginWithStoryAsync(dc, story, cancellationToken);
        }

        dc.ActiveDialog!.State[DraftKey] = ReportJson.ToJson(new IncidentReport());
        await dc.SendAsync(ReportText.Intro, cancellationToken);
        return await AskAsync(dc, _questions.All[0], correcting: false, cancellationToken);
    }

    /// <summary>
    /// The survivor began telling what happened at the menu: those words are the start of the story, the types they
    /// clearly name are taken (and said back, to be changed at the summary), and the questions start with what is left.
    /// </summary>
    private async Task<DialogTurnResult> BeginWithStoryAsync(DialogContext dc, Recognition.StoryStart story, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var draft = new IncidentReport();
        state[OpeningKey] = story.Words;
        await dc.SendAsync(StoryText.Intro, cancellationToken);

        // Not when the legal options were read just before: they said then that the options come again after the report.
        if (!story.AfterLegalOptions && StoryQuestions.Answer(dc.Services.Phrases, story.Words) is { } answer)
        {
            await dc.SendAsync(answer, cancellationToken);
        }

        var types = _questions.Find(Recognition.StoryReader.TypesAnswerSet);
        if (types is not null && story.Types.Count > 0)
        {
            draft = types.Apply(draft, story.Types.Select((value, i) => new FoundChoice(value, i)).ToList());
            var labels = ReportChoices.Types.Where(t => story.Types.Contains(t.Value.ToString())).Select(t => dc.Localize(t.Label));
            await dc.SendAsync(AnswersText.Understood, cancellationToken, ("choices", string.Join(", ", labels)));
        }

        state[DraftKey] = ReportJson.ToJson(draft);
        var first = _questions.All.First(q => q != types || story.Types.Count == 0);
        return await AskOrOfferAsync(dc, first, cancellationToken);
    }

    /// <summary>
    /// The answer to a question asked with the story: "hoesik ttae bujangi heobeokji manjyeonneunde igeotdo singo doenayo?",
    /// "is this even illegal?" (the legal options come after the questions, or now if asked); "will this go to the police?"
    /// (the answer it gets at a question). Null when none was asked.
    /// </summary>
    /// <summary>Only reached if no prompt is on top (it always should be): ask again what was pending.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var question = _questions.Find(state.Value<string>(FieldKey));
        return ReadPhase(state) == Phase.Question && question is not null
            ? AskAsync(dc, question, state.Value<bool>(CorrectingKey), cancellationToken)
            : ShowSummaryAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        switch (ReadPhase(state))
        {
            case Phase.Question:
                return await TakeAnswerAsync(dc, result, cancellationToken);
            case Phase.Summary:
                return (result as FoundChoice)?.Value switch
                {
                    "save" => await SaveAsync(dc, cancellationToken),
                    "correct" => await AskWhichFieldAsync(dc, cancellationToken),
                    "discard" => await ConfirmDiscardAsync(dc, cancellationToken),
                    SummaryPrompt.Fix => await TakeNamedValuesAsync(dc, cancellationToken),
                    _ => await ShowSummaryAsync(dc, cancellationToken),
                };
            case Phase.PickField:
                return result is FoundChoice picked && _questions.Find(picked.Value) is { } part
                    ? await AskAsync(dc, part, correcting: true, cancellationToken)
                    : await ShowSummaryAsync(dc, cancellationToken);
            case Phase.Discard:
                if (result is true)
                {
                    await dc.SendAsync(ReportText.Discarded, cancellationToken);
                    return await dc.EndDialogAsync(null, cancellationToken);
                }

                return await ShowSummaryAsync(dc, cancellationToken);
            case Phase.Offer:
                return await TakeOfferAsync(dc, result, cancellationToken);
            default:
                return await OfferLegalOptionsResultAsync(dc, result is true, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> TakeAnswerAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        if (_questions.Find(state.Value<string>(FieldKey)) is not { } question)
        {
            // A question this version no longer asks: its answer has nowhere to go, the summary shows the rest.
            return await ShowSummaryAsync(dc, cancellationToken);
        }

        if (result is ReportGoBack back && _questions.Find(back.Field) is { } earlier)
        {
            // A correction ("wait that's wrong"): the earlier question again, then on from the one being asked.
            state[ResumeAtKey] = question.Field;
            await dc.SendAsync(ReportText.GoBack, cancellationToken);
            return await AskAsync(dc, earlier, state.Value<bool>(CorrectingKey), cancellationToken);
        }

        result = WithOpening(state, question, result);
        var draft = question.Apply(ReportJson.FromJson(state[DraftKey]), result);
        draft = WithWrittenAnswer(draft, question.Field, result as WrittenAnswer);
        state[DraftKey] = ReportJson.ToJson(draft);
        RememberWhenAnswered(dc, question, result);
        RememberLastList(state, question, result);
        await KeepStoryToldAsTypesAsync(dc, draft, cancellationToken);

        var next = _questions.All.SkipWhile(q => q != question).Skip(1).FirstOrDefault(q => q.IsAskedFor(draft));
        if (state.Value<string>(ResumeAtKey) is { } resumeAt)
        {
            state.Remove(ResumeAtKey);
            next = _questions.Find(resumeAt) is { } resume && resume.IsAskedFor(draft) ? resume : next;
        }

        return state.Value<bool>(CorrectingKey) || next is null
            ? await ShowSummaryAsync(dc, cancellationToken)
            : await AskOrOfferAsync(dc, next, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(DialogContext dc, ReportQuestion question, bool correcting, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[PhaseKey] = nameof(Phase.Question);
        state[FieldKey] = question.Field;
        state[CorrectingKey] = correcting;
        var options = question.Answer is NarrativeAnswer && state.ContainsKey(OpeningKey) ? question.Options with { PromptKey = StoryText.AddMore.Name } : question.Options;
        return dc.BeginDialogAsync(question.PromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowSummaryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[PhaseKey] = nameof(Phase.Summary);
        var summary = ReportSummary.Build(ReportJson.FromJson(state[DraftKey]), dc.Services.Texts, dc.Language, _questions.All);
        await dc.SendTextAsync(dc.Localize(ReportText.SummaryIntro) + "\n\n" + summary, cancellationToken);
        return await dc.BeginDialogAsync(
            SummaryPromptId,
            new PromptOptions { PromptKey = ReportText.SummaryAsk.Name, Choices = SummaryChoices },
            cancellationToken);
    }

    private Task<DialogTurnResult> AskWhichFieldAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = nameof(Phase.PickField);
        var choices = _questions.All.Select(q => new Choice(q.Field, q.Label.Name)).ToList();
        return dc.BeginDialogAsync(
            ReportQuestions.ChoicePromptId,
            new PromptOptions { PromptKey = ReportText.CorrectAsk.Name, Choices = choices, AllowSkip = true, NumberChoices = true },
            cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmDiscardAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = nameof(Phase.Discard);
        return dc.BeginDialogAsync(ReportQuestions.ConfirmPromptId, new PromptOptions { PromptKey = ReportText.DiscardConfirm.Name }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var report = ReportJson.FromJson(state[DraftKey]);
        var validation = await _validator.ValidateAsync(report, cancellationToken);
        if (!validation.IsValid)
        {
            // The prompts validate each answer, so this means a bug or a changed rule: show what is wrong, keep the draft.
            ReportLog.ReportInvalid(_logger, validation.Errors.Count);
            var messages = validation.Errors.Select(e => dc.Services.Texts.Get(new TextKey(e.ErrorMessage), dc.Language, Args(e.CustomState))).Distinct();
            await dc.SendTextAsync(dc.Localize(ReportText.Invalid) + "\n" + string.Join("\n", messages), cancellationToken);
            return await ShowSummaryAsync(dc, cancellationToken);
        }

        var parts = (state[PartsKey] as JObject)?.ToObject<Dictionary<string, RecordedPart>>();
        var (code, key) = await _cases.CreateOnceAsync(dc.Context, Id, report, dc.Language.Code(), cancellationToken, parts);
        var session = await _sessions.GetAsync(dc.Context, cancellationToken);
        session.CaseKeys.Add(key);
        dc.Profile.ReportedIncidentTypes = report.Types ?? [];
        dc.Profile.ReportedWishes = report.Wishes ?? [];
        dc.Profile.ReportedOnline = report.StillOnline;
        dc.Profile.ReportedLawsuitWorry = LegalOptionsDialog.TellsOfLawsuit(report, dc.Services.Phrases);
        state.Remove(DraftKey);
        state.Remove(PartsKey);
        ReportLog.CaseSaved(_logger, report.Types?.Count ?? 0, report.Narrative is { Count: > 0 });

        await dc.SendAsync(ReportText.Saved, cancellationToken);
        await dc.SendAsync(ReportText.CaseCode, cancellationToken, ("code", CaseCode.Format(code)));
        state[PhaseKey] = nameof(Phase.LegalOffer);
        return await dc.BeginDialogAsync(ReportQuestions.ConfirmPromptId, new PromptOptions { PromptKey = ReportText.LegalOffer.Name }, cancellationToken);
    }

    private static async Task<DialogTurnResult> OfferLegalOptionsResultAsync(DialogContext dc, bool wanted, CancellationToken cancellationToken)
    {
        if (!wanted)
        {
            await dc.SendAsync(ReportText.LegalLater, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (dc.Dialogs.Find(LegalOptionsDialogId) is null)
        {
            await dc.SendAsync(ReportText.LegalUnavailable, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        return await dc.ReplaceDialogAsync(LegalOptionsDialogId, null, cancellationToken);
    }

    /// <summary>
    /// Keeps when each part was (last) answered, for the survivor's record; for a date also their words as typed,
    /// since the record shows it both as written and as understood.
    /// </summary>
    private static void RememberWhenAnswered(DialogContext dc, ReportQuestion question, object? result)
    {
        var state = dc.ActiveDialog!.State;
        if (state[PartsKey] is not JObject parts)
        {
            state[PartsKey] = parts = [];
        }

        var asWritten = result is IncidentPeriod && dc.Text.Trim() is { Length: > 0 } typed
            ? typed[..Math.Min(typed.Length, RecordedPart.MaxAsWrittenChars)]
            : null;
        parts[question.Field] = JObject.FromObject(new RecordedPart { RecordedAt = dc.Services.Clock.GetUtcNow(), AsWritten = asWritten });
    }

    /// <summary>
    /// The kind of incident was answered by telling what happened ("my ex is threatening to post a video he took of me", "my boss
    /// keeps touching me at work"): the words are read for the kinds as before, and also kept as the start of the story,
    /// as at the menu, so the survivor is not asked to tell it again and the later questions can offer what it says.
    /// </summary>
    private async Task KeepStoryToldAsTypesAsync(DialogContext dc, IncidentReport draft, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        if (!AsksTheKindFirstTime(state) || draft.Narrative is { Count: > 0 } || _questions.All.FirstOrDefault(q => q.Answer is NarrativeAnswer) is not { } story
            || !story.IsAskedFor(draft)
            || Recognition.StoryReader.For(dc.Services.Phrases).Read(dc.Text, ReportChoices.TypeValues) is not { } told)
        {
            return;
        }

        state[OpeningKey] = told.Words;
        await dc.SendAsync(StoryText.KeptFromAnswer, cancellationToken);
    }

    /// <summary>The story's answer with the words told at the menu in front of it (a "done" at once keeps those words alone).</summary>
    private static object? WithOpening(JObject state, ReportQuestion question, object? result)
    {
        if (question.Answer is not NarrativeAnswer || state.Value<string>(OpeningKey) is not { } opening)
        {
            return result;
        }

        state.Remove(OpeningKey);
        return result is List<string> parts ? [opening, .. parts] : new List<string> { opening };
    }

    /// <summary>Keeps (or, on a readable answer or a skip, drops) the words a question kept as written.</summary>
    private static IncidentReport WithWrittenAnswer(IncidentReport draft, string field, WrittenAnswer? written)
    {
        var answers = new Dictionary<string, string>(draft.WrittenAnswers ?? [], StringComparer.Ordinal);
        if (written is null)
        {
            answers.Remove(field);
        }
        else
        {
            answers[field] = written.Text;
        }

        return draft with { WrittenAnswers = answers.Count > 0 ? answers : null };
    }

    private static Phase ReadPhase(JObject state) =>
        Enum.TryParse<Phase>(state.Value<string>(PhaseKey), out var phase) ? phase : Phase.Question;

    private static (string Name, object? Value)[] Args(object? state) =>
        (state as IReadOnlyDictionary<string, object?>)?.Select(a => (a.Key, a.Value)).ToArray() ?? [];
}
