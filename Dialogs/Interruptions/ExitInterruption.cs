using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "stop" (or the Korean words) at any point: ends the conversation gently and honestly: whether a report was saved (and how to
/// come back to it with the case code), and that an unfinished report was not kept.
/// </summary>
public sealed class ExitInterruption(ReportSessionAccessor sessions) : IInterruption
{
    public int Order => InterruptionOrder.Exit;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!Commands.Is(dc, IntentNames.Exit))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        session.DeleteConfirmationPending = false;
        session.WelcomeBackPending = false;
        var draftDropped = ReportDialog.HasUnsavedDraft(dc.Stack);

        var lines = new List<string> { dc.Localize(ExitText.Goodbye) };
        if (draftDropped)
        {
            lines.Add(dc.Localize(ExitText.DraftDropped));
        }

        lines.Add(dc.Localize(session.CaseKeys.Count > 0 ? ExitText.CaseSaved : ExitText.NothingSaved));
        lines.Add(dc.Localize(ExitText.ComeBack));
        await dc.SendTextAsync(string.Join("\n\n", lines), cancellationToken);
        dc.CancelAllDialogs();
        return InterruptionResult.Handled;
    }
}
