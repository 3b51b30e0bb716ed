using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The root dialog: greets the survivor, settles the language (detected from the first message when it can be, else
/// taken from the channel, asked in both languages only when nothing says), then hands over to the main menu.
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    public const string DialogId = "main";

    public MainDialog()
        : base(DialogId, [GreetAsync, SettleLanguageAsync])
    {
    }

    private static async Task<DialogTurnResult> GreetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var dc = step.Dialog;
        if (!dc.LanguageKnown)
        {
            // What the survivor wrote decides first; else what the channel says (the page's language, Kakao is Korean).
            dc.Profile.Language = LanguageDetector.Detect(dc.Text, dc.Services.Phrases) ?? ChannelLanguage.Of(dc.Context.Activity);
        }

        if (dc.LanguageKnown)
        {
            await dc.SendTextAsync(dc.Localize(WelcomeText.Intro) + "\n\n" + dc.Localize(WelcomeText.LanguageHint), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        await dc.SendAsync(WelcomeText.IntroBilingual, cancellationToken);
        return await step.PromptAsync(LanguagePrompt.DialogId, new PromptOptions { PromptKey = WelcomeText.ChooseLanguage.Name }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SettleLanguageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is Language chosen)
        {
            step.Dialog.Profile.Language = chosen;
            await step.Dialog.SendTextAsync(
                step.Dialog.Localize(WelcomeText.LanguageSet) + "\n\n" + step.Dialog.Localize(WelcomeText.LanguageHint),
                cancellationToken);
        }

        // A first message that said what happened, or asked for one of the menu's entries, goes on to the menu, which
        // answers it instead of asking (MenuDialog.Opening).
        return await step.ReplaceDialogAsync(MenuDialog.DialogId, step.Options, cancellationToken);
    }
}
