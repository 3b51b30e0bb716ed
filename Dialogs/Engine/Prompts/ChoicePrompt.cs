using FluentValidation;
using Microsoft.Bot.Schema;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the survivor to pick one choice, shown as numbered lines and buttons. Matches a number, a label in
/// either language, the choice's value or a button value (see <see cref="ChoiceRecognizer"/>).
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string id, IValidator<FoundChoice>? validator = null)
        : base(id, validator)
    {
    }

    protected override TextKey DefaultRetry => CommonText.RetryChoice;

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptOptions options)
    {
        var found = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases);
        if (found is not null)
        {
            return PromptRecognition<FoundChoice>.Found(found);
        }

        var own = OwnWordsAnswer.Recognize(dc, options, many: false);
        return own.Succeeded ? PromptRecognition<FoundChoice>.Found(own.Value![0], own.Note) : PromptRecognition<FoundChoice>.Failed;
    }

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, options.Choices);
}
