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

    protected override TextKey DefaultRetry => CommonText.RetryText;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Text.Trim();
        return text.Length == 0 ? PromptRecognition<string>.Failed : PromptRecognition<string>.Found(text);
    }
}
