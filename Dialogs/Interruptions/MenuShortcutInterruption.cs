using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "report" and "I have a case code" (or the Korean words) typed at the main menu, or as the first message of a
/// conversation (a survivor coming back from another channel), go straight to the report or to the case code.
/// In the middle of anything else the same words are an ordinary answer.
/// </summary>
public sealed class MenuShortcutInterruption : IInterruption
{
    private static readonly (PhraseKey Phrases, string DialogId)[] Shortcuts =
    [
        (InterruptionPhrases.Report, ReportDialog.DialogId),
        (InterruptionPhrases.CaseCode, CaseCodeDialog.DialogId),
    ];

    public int Order => 65;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var atMenu = dc.ActiveDialog?.Id == MenuDialog.PromptId;
        if (!atMenu && dc.ActiveDialog is not null)
        {
            return InterruptionResult.NotHandled;
        }

        var shortcut = Shortcuts.FirstOrDefault(s => TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(s.Phrases)));
        var index = shortcut.DialogId is null ? -1 : MenuDialog.Entries.ToList().FindIndex(e => e.DialogId == shortcut.DialogId);
        if (index < 0)
        {
            return InterruptionResult.NotHandled;
        }

        var entry = MenuDialog.Entries[index];
        if (atMenu)
        {
            // Answer the menu's own question, so the menu starts the dialog and comes back afterwards as usual.
            await dc.EndDialogAsync(new FoundChoice(entry.Value, index), cancellationToken);
            return InterruptionResult.Handled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.BeginDialogAsync(entry.DialogId, entry.DialogOptions, cancellationToken);
        return InterruptionResult.Handled;
    }
}
