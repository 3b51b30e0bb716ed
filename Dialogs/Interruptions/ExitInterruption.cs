using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "stop" (or the Korean words) at any point: ends the conversation gently and honestly: whether a report was saved (and how to
/// come back to it with the case code), and that an unfinished report was not kept. A stop that says "later" in the middle of
/// a report ("gotta go, ill finish this later", "brb") is a pause: the report stays where it was and the
/// next message asks whether to carry on (<see cref="WelcomeBackInterruption"/>).
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
        session.DeleteMeaningPending = false;
        session.WelcomeBackPending = false;
        var draftDropped = ReportDialog.HasUnsavedDraft(dc.Stack);
        if (draftDropped && IsPause(dc))
        {
            await KeepForLaterAsync(dc, session, cancellationToken);
            return InterruptionResult.Handled;
        }

        if (!draftDropped && SaysPause(dc))
        {
            // "one sec, be right back" with no report begun: nothing to keep and nothing to end; the conversation waits.
            await dc.SendAsync(PauseText.Waiting, cancellationToken);
            return InterruptionResult.Handled;
        }

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

    /// <summary>A stop said with "later" ("later", "tomorrow", "brb"), or one the survivor confirmed as a pause.</summary>
    internal static bool IsPause(DialogContext dc) =>
        TurnItems.Find<string>(dc.Context, PauseConfirmedKey) is not null || SaysLater(dc, dc.Text) || SaysPause(dc);

    /// <summary>
    /// True when the message says, in the survivor's own voice, that they will carry on later, with or without a reason.
    /// Read once a turn: the crisis check, the command reading and this interruption all ask.
    /// </summary>
    internal static bool SaysPause(DialogContext dc)
    {
        var text = dc.Text;
        if (TurnItems.Find<PauseReading>(dc.Context, PauseReadingKey) is { } known && string.Equals(known.Text, text, StringComparison.Ordinal))
        {
            return known.Says;
        }

        var says = Recognizer.For(dc.Services.Phrases).SaysPause(text);
        TurnItems.Of(dc.Context).Set(PauseReadingKey, new PauseReading(text, says));
        return says;
    }

    /// <summary>
    /// After the emergency numbers for a message that also pauses the report or says the survivor must leave now ("i have to
    /// go, hes back", "jamkkanmanyo geu saram wasseoyo najunge halgeyo"): the report is kept for later, as a pause said alone would keep
    /// it, so leaving in a hurry loses nothing. Safety first, then the pause.
    /// </summary>
    internal static async Task<bool> PauseAfterCrisisAsync(DialogContext dc, ReportSession session, CancellationToken cancellationToken)
    {
        if (dc.AnswerOnly || !ReportDialog.HasUnsavedDraft(dc.Stack)
            || !(SaysPause(dc) || Recognizer.For(dc.Services.Phrases).SaysLeaving(dc.Text)))
        {
            return false;
        }

        await KeepForLaterAsync(dc, session, cancellationToken);
        return true;
    }

    // The report stays as it is; the next message, however soon, asks whether to carry on (WelcomeBackInterruption).
    private static async Task KeepForLaterAsync(DialogContext dc, ReportSession session, CancellationToken cancellationToken)
    {
        session.PausedForLater = true;
        session.WelcomeBackPending = false;
        await dc.SendAsync(PauseText.Kept, cancellationToken);
    }

    /// <summary>True when <paramref name="text"/> says the survivor will carry on later ("later", "tomorrow", "brb").</summary>
    internal static bool SaysLater(DialogContext dc, string? text) =>
        Recognizer.For(dc.Services.Phrases).Concept(PausePhrases.ResumeLater.Name).Occurs(RecognitionInput.OfMessage(text));

    /// <summary>Set for the turn when the survivor said yes to "shall we pause here?" (the yes has no "later" in it).</summary>
    internal const string PauseConfirmedKey = "ReportBot.PauseConfirmed";

    private const string PauseReadingKey = "ReportBot.PauseReading";

    private sealed record PauseReading(string Text, bool Says);
}
