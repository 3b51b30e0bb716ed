using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// Begun when a survivor comes back with a case code (options: the case's storage key). If a counsellor replied to a
/// message left on that case, says so first and shows the replies in order; otherwise says where the thread stands.
/// Then the survivor may answer, which goes back to the counsellors' inbox. Ends at once when the case has no thread.
/// </summary>
public sealed class CaseThreadDialog(ICaseThreads threads) : Dialog(DialogId)
{
    public const string DialogId = "caseThread";
    public const string AnswerPromptId = "caseThread.answer";
    private const string CaseKeyKey = "caseKey";
    private const string PhaseKey = "phase";
    private const int MaxAnswerLength = 4000;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var view = options is string caseKey ? await threads.ReadAsync(caseKey, cancellationToken).ConfigureAwait(false) : null;
        if (view is null)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (view.NewReplies.Count > 0)
        {
            var lines = view.NewReplies.Select(r => dc.Localize(RepliesText.ReplyLine, ("at", WindowText.Moment(r.At, threads.TimeZone, dc.Services.Texts, dc.Language)), ("text", r.Text)));
            await dc.SendTextAsync(dc.Localize(RepliesText.RepliedHeader) + "\n\n" + string.Join("\n\n", lines), cancellationToken).ConfigureAwait(false);
        }

        if (view.AwaitingCounsellor || view.Closed)
        {
            await dc.SendAsync(view.AwaitingCounsellor ? RepliesText.StillWaiting : RepliesText.Closed, cancellationToken).ConfigureAwait(false);
        }

        var now = dc.Services.Clock.GetUtcNow();
        if (view.Window is { } window && window.From <= now && now < window.To)
        {
            // The time the survivor named has come: a live conversation is one word away.
            await dc.SendAsync(RepliesText.WindowNow, cancellationToken, ("window", WindowText.Format(window, threads.TimeZone, dc.Services.Texts, dc.Language))).ConfigureAwait(false);
        }

        dc.ActiveDialog!.State[CaseKeyKey] = (string)options!;
        dc.ActiveDialog.State[PhaseKey] = "answer";
        return await dc.BeginDialogAsync(AnswerPromptId, new PromptOptions { PromptKey = RepliesText.AskAnswer.Name, AllowSkip = true, MaxLength = MaxAnswerLength }, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var caseKey = (string?)state[CaseKeyKey];
        if ((string?)state[PhaseKey] == "answer" && caseKey is not null && result is string text && text.Trim().Length > 0)
        {
            state[PhaseKey] = "consent";
            return await dc.BeginDialogAsync(ContactConsentDialog.DialogId, text.Trim(), cancellationToken).ConfigureAwait(false);
        }

        if (caseKey is not null && result is ConsentedMessage message)
        {
            var written = await threads.WriteAsync(dc.Context, caseKey, dc.Language, message.Text, message.ShareAsTyped, cancellationToken).ConfigureAwait(false);
            await ContactConsentDialog.SayWhyNotSavedAsync(dc, written, threads.MaxMessages, cancellationToken).ConfigureAwait(false);
            if (written == ThreadWrite.Saved)
            {
                await dc.SendAsync(RepliesText.AnswerSaved, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await dc.SendAsync(RepliesText.NoAnswer, cancellationToken).ConfigureAwait(false);
        }

        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
