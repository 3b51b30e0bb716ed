using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// Before a survivor's message goes to a counsellor (options: the text): when it holds a phone number or e-mail
/// address, asks once whether the counsellor may see it as typed ("no" and anything unclear keep it hidden). Ends with
/// a <see cref="ConsentedMessage"/>. The stored copy is redacted either way.
/// </summary>
public sealed class ContactConsentDialog(ICaseThreads threads) : Dialog(DialogId)
{
    public const string DialogId = "contactConsent";
    public const string PromptId = "contactConsent.ask";
    private const string TextKey = "text";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var text = options as string ?? string.Empty;
        if (!threads.HoldsContactDetails(text, dc.Language))
        {
            return await dc.EndDialogAsync(new ConsentedMessage(text, ShareAsTyped: false), cancellationToken).ConfigureAwait(false);
        }

        // The message waits in the (encrypted) dialog state only for the one turn the question takes.
        dc.ActiveDialog!.State[TextKey] = text;
        return await dc.BeginDialogAsync(PromptId, new PromptOptions { PromptKey = RepliesText.ConsentAsk.Name }, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var text = (string?)dc.ActiveDialog!.State[TextKey] ?? string.Empty;
        return await dc.EndDialogAsync(new ConsentedMessage(text, ShareAsTyped: result is true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells the survivor why a message was not kept (a full thread, a deleted case); nothing when it was.</summary>
    public static Task SayWhyNotSavedAsync(DialogContext dc, ThreadWrite written, int limit, CancellationToken cancellationToken) => written switch
    {
        ThreadWrite.Full => dc.SendAsync(RepliesText.ThreadFull, cancellationToken, ("limit", limit)),
        ThreadWrite.Gone => dc.SendAsync(RepliesText.Gone, cancellationToken),
        _ => Task.CompletedTask,
    };
}
