using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// The survivor's side of asking for a counsellor. When one can be asked, the request is queued and the dialog stays
/// on the stack while the bot host relays the conversation (the dialog does not see those messages); the first
/// message after the handoff closed ends it and the survivor is back at the menu. When nobody can take it, the
/// dialog says so, gives the 24-hour lines and offers to keep a message for the next counsellor.
/// </summary>
public sealed class HandoffDialog : Dialog
{
    public const string DialogId = "handoff";
    public const string ConfirmId = "handoffConfirm";
    public const string MessagePromptId = "handoffMessage";
    private const string PhaseKey = "phase";
    private const string Queued = "queued";
    private const string Offered = "offered";
    private const string Writing = "writing";
    private const int MaxMessageLength = 4000;

    private readonly IHandoffService _handoff;

    public HandoffDialog(IHandoffService handoff)
        : base(DialogId)
    {
        _handoff = handoff;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var crisis = options is HandoffDialogOptions { Crisis: true };
        var instance = dc.ActiveDialog!;
        var availability = await _handoff.GetAvailabilityAsync(cancellationToken).ConfigureAwait(false);
        if (availability == HandoffAvailability.Open || crisis)
        {
            // A crisis request is queued even out of hours: whoever signs in next sees it first.
            var ticket = await _handoff.RequestAsync(dc.Context, dc.Language, crisis, dc.Profile.ReportedIncidentTypes, cancellationToken).ConfigureAwait(false);
            if (ticket.Crisis)
            {
                await dc.SendAsync(HandoffText.CrisisWaiting, cancellationToken).ConfigureAwait(false);
            }

            if (availability != HandoffAvailability.Open)
            {
                await SendUnavailableAsync(dc, availability, cancellationToken).ConfigureAwait(false);
            }

            await dc.SendAsync(HandoffText.Waiting, cancellationToken, ("position", ticket.Position)).ConfigureAwait(false);
            instance.State[PhaseKey] = Queued;
            return DialogTurnResult.Waiting;
        }

        await SendUnavailableAsync(dc, availability, cancellationToken).ConfigureAwait(false);
        instance.State[PhaseKey] = Offered;
        return await dc.BeginDialogAsync(ConfirmId, new PromptOptions { PromptKey = HandoffText.OfferMessage.Name }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message reached the dialog: the handoff it was waiting on has closed.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        FinishAsync(dc, cancellationToken);

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var phase = instance.State.Value<string>(PhaseKey);
        if (phase == Offered && result is true)
        {
            instance.State[PhaseKey] = Writing;
            return await dc.BeginDialogAsync(MessagePromptId, new PromptOptions { PromptKey = HandoffText.AskMessage.Name, MaxLength = MaxMessageLength }, cancellationToken).ConfigureAwait(false);
        }

        if (phase == Writing && result is string text && text.Trim().Length > 0)
        {
            await _handoff.LeaveMessageAsync(dc.Context, dc.Language, text.Trim(), cancellationToken).ConfigureAwait(false);
            await dc.SendAsync(HandoffText.MessageLeft, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await dc.SendAsync(HandoffText.NoMessage, cancellationToken).ConfigureAwait(false);
        }

        return await FinishAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendUnavailableAsync(DialogContext dc, HandoffAvailability availability, CancellationToken cancellationToken)
    {
        var reason = availability == HandoffAvailability.OutOfHours
            ? dc.Localize(HandoffText.OutOfHours, ("hours", _handoff.DescribeOpeningHours(dc.Language)))
            : dc.Localize(HandoffText.NoneOnline);
        await dc.SendTextAsync(reason + "\n\n" + dc.Localize(HandoffText.Hotlines), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the dialog. Begun from the menu, the menu shows itself again; begun by an interruption on an empty
    /// stack, the dialog puts the menu in its place so the survivor always has something to answer.
    /// </summary>
    private static Task<DialogTurnResult> FinishAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Stack.Count <= 1
            ? dc.ReplaceDialogAsync(MenuDialog.DialogId, null, cancellationToken)
            : dc.EndDialogAsync(null, cancellationToken);
}
