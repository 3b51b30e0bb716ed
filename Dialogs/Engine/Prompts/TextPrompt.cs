using FluentValidation;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text. Any non-empty text is an answer, up to the options' <c>MaxLength</c>.</summary>
public sealed class TextPrompt : Prompt<string>
{
    public TextPrompt(string id, IValidator<string>? validator = null)
        : base(id, validator)
    {
    }

    /// <summary>
    /// For an open question ("where did it happen?"): a bare yes or no is no answer, and the question is asked again
    /// in other words (the options' retry text) instead of the "yes" being kept as the answer.
    /// </summary>
    public bool BareYesOrNoIsNoAnswer { get; init; }

    protected override TextKey DefaultRetry => CommonText.RetryText;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Text.Trim();
        return text.Length == 0 || (BareYesOrNoIsNoAnswer && Recognition.YesNoReading.IsBare(dc.Services.Phrases, text))
            ? PromptRecognition<string>.Failed
            : PromptRecognition<string>.Found(text);
    }
}
