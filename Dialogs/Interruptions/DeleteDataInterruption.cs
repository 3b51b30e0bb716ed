using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Asking to delete one's data in any words (the Korean phrasings, "please erase what I told you") at any point.
/// Asks to confirm first; the pending question lives in conversation state (not on the dialog stack) so the question
/// the survivor was on is untouched if they say no. On yes, everything of the conversation is erased and the survivor
/// is told exactly what. When the recogniser was unsure and the survivor was answering a question, "no" gives their
/// message back to that question as its answer, so nothing they wrote is lost. A doubt ("what does that erase?") gets
/// what yes and no each do, and the question again; only a plain yes erases.
/// </summary>
public sealed class DeleteDataInterruption(ReportSessionAccessor sessions, DataErasure erasure) : IInterruption
{
    public int Order => InterruptionOrder.DeleteData;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var match = Commands.Of(dc) is { Name: IntentNames.Delete } found ? found : null;
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        if (session.DeleteConfirmationPending && match is null)
        {
            var answer = InterruptionSupport.ReadYesNo(dc);
            if (answer is null && YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text) && Commands.Of(dc) is not { IsSure: true })
            {
                // "What does that do?": say what yes and no each do, and ask again; nothing is erased without a clear yes.
                await dc.SendAsync(YesNoText.ExplainErase, cancellationToken);
                await dc.SendTextAsync(dc.Localize(DeleteDataDialog.ConfirmKey(dc)), cancellationToken, InterruptionSupport.YesNoButtons(dc));
                return InterruptionResult.Handled;
            }

            session.DeleteConfirmationPending = false;
            var original = session.PendingText;
            session.PendingText = null;
            if (answer is true)
            {
                await DeleteDataDialog.EraseAndReportAsync(dc, erasure, cancellationToken);
                return InterruptionResult.Handled;
            }

            await dc.SendAsync(EraseText.Kept, cancellationToken);
            if (answer is false && original is not null)
            {
                dc.TextOverride = original;
                dc.AnswerOnly = true;
                return InterruptionResult.NotHandled;
            }

            // Anything but yes keeps the data; a reply that is not "no" is probably an answer to the question.
            return answer is false ? InterruptionResult.Resume : InterruptionResult.NotHandled;
        }

        if (match is null)
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        session.DeleteConfirmationPending = true;
        session.PendingText = match.IsSure || !Commands.AtQuestion(dc) ? null : dc.Text;
        await dc.SendTextAsync(dc.Localize(DeleteDataDialog.ConfirmKey(dc)), cancellationToken, InterruptionSupport.YesNoButtons(dc));
        return InterruptionResult.Handled;
    }
}
