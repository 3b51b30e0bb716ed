using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "delete my data" (or the Korean words) at any point. Asks to confirm first; the pending question lives in conversation
/// state (not on the dialog stack) so the question the survivor was on is untouched if they say no. On yes,
/// everything of the conversation is erased and the survivor is told exactly what.
/// </summary>
public sealed class DeleteDataInterruption(ReportSessionAccessor sessions, DataErasure erasure) : IInterruption
{
    public int Order => 60;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var asked = TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(InterruptionPhrases.Delete));
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        if (session.DeleteConfirmationPending && !asked)
        {
            session.DeleteConfirmationPending = false;
            var answer = InterruptionSupport.ReadYesNo(dc);
            if (answer is true)
            {
                await DeleteDataDialog.EraseAndReportAsync(dc, erasure, cancellationToken);
                return InterruptionResult.Handled;
            }

            await dc.SendAsync(EraseText.Kept, cancellationToken);

            // Anything but yes keeps the data; a reply that is not "no" is probably an answer to the question.
            return answer is false ? InterruptionResult.Resume : InterruptionResult.NotHandled;
        }

        if (!asked)
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        session.DeleteConfirmationPending = true;
        await dc.SendTextAsync(dc.Localize(EraseText.Confirm), cancellationToken, InterruptionSupport.YesNoButtons(dc));
        return InterruptionResult.Handled;
    }
}
