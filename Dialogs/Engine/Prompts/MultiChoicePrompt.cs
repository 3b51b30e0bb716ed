using FluentValidation;
using Microsoft.Bot.Schema;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Asks the survivor to pick one or more choices ("1, 3", "1 3", or labels joined by commas or "and").</summary>
public sealed class MultiChoicePrompt : Prompt<IReadOnlyList<FoundChoice>>
{
    public MultiChoicePrompt(string id, IValidator<IReadOnlyList<FoundChoice>>? validator = null)
        : base(id, validator)
    {
    }

    protected override TextKey DefaultRetry => CommonText.RetryChoice;

    /// <summary>
    /// Whether the prompt would read an answer in the message (numbers or labels, else the choices in the survivor's own
    /// words): what interruptions ask before taking a message at a choice question for something else.
    /// </summary>
    public static bool Reads(DialogContext dc, PromptOptions options) =>
        ChoiceRecognizer.RecognizeMany(dc.MessageActivity(), options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases) is not null
        || OwnWordsAnswer.Recognize(dc, options, many: true).Succeeded;

    protected override PromptRecognition<IReadOnlyList<FoundChoice>> Recognize(DialogContext dc, PromptOptions options)
    {
        var activity = dc.MessageActivity();
        var found = ChoiceRecognizer.RecognizeMany(activity, options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases);
        if (found is null)
        {
            return OwnWordsAnswer.Recognize(dc, options, many: true);
        }

        // One choice read from words that name several things ("screenshots and the messages" loosely matches only
        // "messages"): when the survivor's own words say that choice and more, take all of them.
        if (found.Count == 1 && activity.Value is null && ChoiceRecognizer.NamesSeveral(activity.Text, dc.Services.Phrases)
            && OwnWordsAnswer.Recognize(dc, options, many: true) is { Succeeded: true, Value: { Count: > 1 } more } own
            && more.Any(c => c.Index == found[0].Index))
        {
            return own;
        }

        return PromptRecognition<IReadOnlyList<FoundChoice>>.Found(found);
    }

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, options.Choices);
}
