using FluentValidation;
using Microsoft.Bot.Schema;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question. Understands yes and no in Korean and English as people write them (<see cref="Recognition.YesNoReading"/>), and 1/2.</summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string id, IValidator<bool>? validator = null)
        : base(id, validator)
    {
    }

    protected override TextKey DefaultRetry => CommonText.RetryConfirm;

    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptOptions options)
    {
        var choice = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), Choices, dc.Services.Texts, dc.Services.Phrases);
        if (choice is not null)
        {
            return PromptRecognition<bool>.Found(choice.Index == 0);
        }

        // As people write it: "yep I'll leave one", "no i'm good", "sure why not" (a doubt is explained by YesNoDoubtInterruption).
        return Recognition.YesNoReading.Read(dc.Services.Phrases, dc.Text) is { } said
            ? PromptRecognition<bool>.Found(said)
            : PromptRecognition<bool>.Failed;
    }

    /// <summary>Every yes/no question here asks before doing something; unsure means not doing it.</summary>
    protected override PromptFallback? Fallback(DialogContext dc, PromptOptions options) => new(false, RecognitionText.ConfirmDefaultNo);

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, Choices);

    private static readonly Choice[] Choices =
    [
        new("yes", CommonText.Yes.Name),
        new("no", CommonText.No.Name),
    ];
}
