using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Asks which language to use, in both languages. Takes a button, a number, a language name, or simply a message
/// written in Korean or English.
/// </summary>
public sealed class LanguagePrompt : Prompt<Language>
{
    public const string DialogId = "languagePrompt";

    public static readonly List<Choice> Choices =
    [
        new("ko", WelcomeText.KoreanLabel.Name),
        new("en", WelcomeText.EnglishLabel.Name),
    ];

    public LanguagePrompt()
        : base(DialogId, validator: null)
    {
    }

    protected override TextKey DefaultRetry => WelcomeText.ChooseLanguage;

    protected override PromptRecognition<Language> Recognize(DialogContext dc, PromptOptions options)
    {
        var choice = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), Choices, dc.Services.Texts, dc.Services.Phrases);
        var language = choice is not null
            ? LanguageExtensions.FromCode(choice.Value)
            : LanguageDetector.Detect(dc.Text, dc.Services.Phrases);
        return language is null ? PromptRecognition<Language>.Failed : PromptRecognition<Language>.Found(language.Value);
    }

    /// <summary>Twice no language in the answer (emoji, numbers): carry on in the default language and say how to switch.</summary>
    protected override PromptFallback? Fallback(DialogContext dc, PromptOptions options) =>
        new(dc.Services.DefaultLanguage, RecognitionText.LanguageDefault);

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        Choices.Select(c => dc.Services.Texts.Find(c.LabelKey, dc.Language)!)
            .Select(label => new CardAction(ActionTypes.ImBack, title: label, value: label))
            .ToList();
}
