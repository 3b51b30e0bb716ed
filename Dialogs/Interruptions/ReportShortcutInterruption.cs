using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At the main menu, "report" or the Korean word for it starts the report even though it is not a menu label.
/// Only at the menu: in the middle of anything else the same word is an ordinary answer.
/// </summary>
public sealed class ReportShortcutInterruption : IInterruption
{
    public int Order => 65;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog?.Id != MenuDialog.PromptId || !TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(InterruptionPhrases.Report)))
        {
            return InterruptionResult.NotHandled;
        }

        var index = MenuDialog.Entries.ToList().FindIndex(e => e.DialogId == ReportDialog.DialogId);
        if (index < 0)
        {
            return InterruptionResult.NotHandled;
        }

        // Answer the menu's own question, so the menu starts the report and comes back afterwards as usual.
        await dc.EndDialogAsync(new FoundChoice(MenuDialog.Entries[index].Value, index), cancellationToken);
        return InterruptionResult.Handled;
    }
}
