using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>"Delete my data" from the menu: asks to confirm, erases everything of the conversation, says what went.</summary>
public sealed class DeleteDataDialog : WaterfallDialog
{
    public const string DialogId = "deleteData";

    public DeleteDataDialog(DataErasure erasure)
        : base(DialogId, [AskAsync, (step, ct) => EraseAsync(step, erasure, ct)])
    {
    }

    /// <summary>Erases and tells the survivor; the stack is emptied because the state that held it is gone.</summary>
    public static async Task<DialogTurnResult> EraseAndReportAsync(DialogContext dc, DataErasure erasure, CancellationToken cancellationToken)
    {
        var result = await erasure.EraseConversationAsync(dc.Context, CaseCodeDialog.OpenedCases(dc), cancellationToken);
        var list = DataErasure.Describe(result, dc.Services.Texts, dc.Language);
        await dc.SendTextAsync(dc.Localize(EraseText.Done) + "\n" + list + "\n\n" + dc.Localize(EraseText.FreshStart), cancellationToken);
        return dc.CancelAllDialogs();
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ReportQuestions.ConfirmPromptId, new PromptOptions { PromptKey = ConfirmKey(step.Dialog).Name }, cancellationToken);

    /// <summary>The erase question, which says so when a report opened with its case code will go too.</summary>
    public static TextKey ConfirmKey(DialogContext dc) =>
        CaseCodeDialog.OpenedCases(dc).Count > 0 ? EraseText.ConfirmWithOpenedCase : EraseText.Confirm;

    private static async Task<DialogTurnResult> EraseAsync(WaterfallStepContext step, DataErasure erasure, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await EraseAndReportAsync(step.Dialog, erasure, cancellationToken);
        }

        await step.SendAsync(EraseText.Kept, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
