using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// The survivor's side of asking for a counsellor. When one can be asked, the request is queued and the dialog stays
/// on the stack while the bot host relays the conversation (the dialog does not see those messages); the first
/// message after the handoff closed ends it and the survivor is back at the menu. When nobody can take it, the
/// dialog says so, gives the 24-hour lines and offers to keep a message for the next counsellor. A kept message goes
/// on the thread of the conversation's case (a case code is made for it when there is none), so a counsellor's reply
/// can find the survivor later on any channel; the survivor may also name a time for a live conversation.
/// </summary>
public sealed class HandoffDialog : Dialog
{
    public const string DialogId = "handoff";
    public const string ConfirmId = "handoffConfirm";
    public const string MessagePromptId = "handoffMessage";
    public const string WindowPromptId = "handoffWindow";
    private const string PhaseKey = "phase";
    private const string Queued = "queued";
    private const string Offered = "offered";
    private const string Writing = "writing";
    private const string Consenting = "consenting";
    private const string Timing = "timing";
    private const string CaseKeyKey = "caseKey";
    private const int MaxMessageLength = 4000;

    private readonly IHandoffService _handoff;
    private readonly ICaseThreads _threads;
    private readonly CaseStore _cases;
    private readonly ReportSessionAccessor _sessions;

    public HandoffDialog(IHandoffService handoff, ICaseThreads threads, CaseStore cases, ReportSessionAccessor sessions)
        : base(DialogId)
    {
        _handoff = handoff;
        _threads = threads;
        _cases = cases;
        _sessions = sessions;
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

            await dc.SendTextAsync(dc.Localize(HandoffText.Waiting, ("position", ticket.Position)) + "\n\n" + DescribeWait(dc, ticket), cancellationToken).ConfigureAwait(false);
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
        switch (instance.State.Value<string>(PhaseKey))
        {
            case Offered when result is true:
                instance.State[PhaseKey] = Writing;
                return await dc.BeginDialogAsync(MessagePromptId, new PromptOptions { PromptKey = HandoffText.AskMessage.Name, MaxLength = MaxMessageLength }, cancellationToken).ConfigureAwait(false);
            case Writing when result is string text && text.Trim().Length > 0:
                instance.State[PhaseKey] = Consenting;
                return await dc.BeginDialogAsync(ContactConsentDialog.DialogId, text.Trim(), cancellationToken).ConfigureAwait(false);
            case Consenting when result is ConsentedMessage message:
                return await LeaveAsync(dc, message, cancellationToken).ConfigureAwait(false);
            case Timing:
                await NoteWindowAsync(dc, result as string, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(dc, cancellationToken).ConfigureAwait(false);
            default:
                await dc.SendAsync(HandoffText.NoMessage, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(dc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps the message on the thread of this conversation's case, making a case (and showing its code once) when
    /// the conversation has none, then offers to name a time for a live conversation.
    /// </summary>
    private async Task<DialogTurnResult> LeaveAsync(DialogContext dc, ConsentedMessage message, CancellationToken cancellationToken)
    {
        var session = await _sessions.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var caseKey = session.CaseKeys.Count > 0 ? session.CaseKeys[^1] : null;
        string? newCode = null;
        if (caseKey is null || await _cases.FindByKeyAsync(caseKey, cancellationToken).ConfigureAwait(false) is null)
        {
            // No report needed: a case of its own gives the message a code the reply can be read with.
            (newCode, caseKey) = await _cases.CreateOnceAsync(dc.Context, Id, new IncidentReport(), dc.Language.Code(), cancellationToken).ConfigureAwait(false);
            session.CaseKeys.Add(caseKey);
        }

        var written = await _threads.WriteAsync(dc.Context, caseKey, dc.Language, message.Text, message.ShareAsTyped, cancellationToken).ConfigureAwait(false);
        if (written != ThreadWrite.Saved)
        {
            await ContactConsentDialog.SayWhyNotSavedAsync(dc, written, _threads.MaxMessages, cancellationToken).ConfigureAwait(false);
            return await FinishAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        await (newCode is null
            ? dc.SendAsync(RepliesText.SavedOnCase, cancellationToken)
            : dc.SendAsync(RepliesText.SavedNewCode, cancellationToken, ("code", CaseCode.Format(newCode)))).ConfigureAwait(false);
        dc.ActiveDialog!.State[PhaseKey] = Timing;
        dc.ActiveDialog.State[CaseKeyKey] = caseKey;
        return await dc.BeginDialogAsync(WindowPromptId, new PromptOptions { PromptKey = RepliesText.AskWindow.Name, AllowSkip = true, MaxLength = 200 }, cancellationToken).ConfigureAwait(false);
    }

    private async Task NoteWindowAsync(DialogContext dc, string? typed, CancellationToken cancellationToken)
    {
        var caseKey = dc.ActiveDialog!.State.Value<string>(CaseKeyKey);
        if (typed is null || caseKey is null || TextMatcher.Matches(typed, dc.Services.Phrases.All(CommonPhrases.No)))
        {
            await dc.SendAsync(RepliesText.NoAnswer, cancellationToken).ConfigureAwait(false);
            return;
        }

        var window = PreferredTimeParser.TryParse(typed, dc.Services.Clock.GetUtcNow(), _threads.TimeZone, dc.Services.Phrases);
        if (window is null || !await _threads.SetPreferredWindowAsync(caseKey, window, cancellationToken).ConfigureAwait(false))
        {
            await dc.SendAsync(RepliesText.WindowUnclear, cancellationToken).ConfigureAwait(false);
            return;
        }

        await dc.SendAsync(RepliesText.WindowNoted, cancellationToken, ("window", WindowText.Format(window, _threads.TimeZone, dc.Services.Texts, dc.Language))).ConfigureAwait(false);
    }

    /// <summary>The honest part of a wait: an estimate from recent claims (a range, never a promise) and whether anyone is signed in.</summary>
    private static string DescribeWait(DialogContext dc, HandoffTicket ticket)
    {
        var estimate = ticket.Estimate is { } range
            ? dc.Localize(RepliesText.WaitEstimate, ("from", range.FromMinutes), ("to", range.ToMinutes))
            : dc.Localize(RepliesText.WaitUnknown);
        return estimate + " " + dc.Localize(ticket.AnyoneSignedIn ? RepliesText.SignedIn : RepliesText.NobodySignedIn);
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
