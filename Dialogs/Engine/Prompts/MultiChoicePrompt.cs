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

    protected override PromptRecognition<IReadOnlyList<FoundChoice>> Recognize(DialogContext dc, PromptOptions options)
    {
        var found = ChoiceRecognizer.RecognizeMany(dc.MessageActivity(), options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases);
        return found is null ? OwnWordsAnswer.Recognize(dc, options, many: true) : PromptRecognition<IReadOnlyList<FoundChoice>>.Found(found);
    }

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, options.Choices);
}
