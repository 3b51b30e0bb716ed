using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The report's use of what the survivor already said: an answer told in the story is offered at its question
/// (<see cref="StoryOffer"/>), and a value named at the summary changes that part (<see cref="SummaryPrompt"/>).
/// </summary>
public sealed partial class ReportDialog
{
    /// <summary>Asks the question, or, when the story already answers it, offers that answer with a yes/no question.</summary>
    private Task<DialogTurnResult> AskOrOfferAsync(DialogContext dc, ReportQuestion question, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var draft = ReportJson.FromJson(state[DraftKey]);
        var offer = StoryOffer.Find(question, draft, dc.Services.Phrases, dc.Services.Today);
        if (offer is null)
        {
            return AskAsync(dc, question, correcting: false, cancellationToken);
        }

        state[PhaseKey] = nameof(Phase.Offer);
        state[FieldKey] = question.Field;
        state[CorrectingKey] = false;
        state[OfferKey] = StoryOffer.ToJson(offer);
        var args = new Dictionary<string, string>
        {
            ["label"] = dc.Localize(question.Label),
            ["answer"] = question.Describe(question.Apply(new IncidentReport(), offer), dc.Services.Texts, dc.Language) ?? string.Empty,
        };
        var options = new PromptOptions { PromptKey = StoryOfferText.Ask.Name, PromptArgs = args, AnswerSet = question.Field };
        return dc.BeginDialogAsync(OfferPromptId, options, cancellationToken);
    }

    /// <summary>
    /// Yes takes the offered answer; an answer given instead (or a skip) is taken as it is; no takes a value named in the
    /// same message ("no, my ex", "no, outside the office"), else asks the question.
    /// </summary>
    private async Task<DialogTurnResult> TakeOfferAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var question = _questions.Find(state.Value<string>(FieldKey));
        var offered = question is null ? null : StoryOffer.FromJson(question, state[OfferKey]);
        state.Remove(OfferKey);
        if (question is null)
        {
            return await ShowSummaryAsync(dc, cancellationToken);
        }

        var named = result switch
        {
            true => offered,
            false => AnswerFromWords.Read(question, dc.Text, dc.Services.Phrases, dc.Services.Today)
                ?? AnswerFromWords.Read(question, SummaryPrompt.AfterFirstWord(dc.Text), dc.Services.Phrases, dc.Services.Today, story: true),
            _ => result,
        };
        state[PhaseKey] = nameof(Phase.Question);
        if (named is not null)
        {
            return await TakeAnswerAsync(dc, named, cancellationToken);
        }

        if (result is false && Recognition.YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text))
        {
            await dc.SendAsync(StoryOfferText.Unsure, cancellationToken);
        }

        return await AskAsync(dc, question, correcting: false, cancellationToken);
    }

    /// <summary>The summary's answer named new values ("it was in March, not April"): they replace the old ones.</summary>
    private async Task<DialogTurnResult> TakeNamedValuesAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var draft = ReportJson.FromJson(state[DraftKey]);
        var lines = new List<string>();
        foreach (var (question, result) in SummaryPrompt.Changes(_questions.All, dc.Text, dc.Services.Phrases, dc.Services.Today))
        {
            draft = WithWrittenAnswer(question.Apply(draft, result), question.Field, null);
            RememberWhenAnswered(dc, question, result);
            lines.Add(dc.Localize(question.Label) + ": " + question.Describe(draft, dc.Services.Texts, dc.Language));
        }

        state[DraftKey] = ReportJson.ToJson(draft);
        await dc.SendAsync(StoryOfferText.Changed, cancellationToken, ("changes", string.Join("\n", lines)));
        return await ShowSummaryAsync(dc, cancellationToken);
    }
}
