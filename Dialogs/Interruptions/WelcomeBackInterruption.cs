using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// A survivor who comes back after a long pause in the middle of a report is greeted and asked whether to carry
/// on where they left off or start over; so is one who paused the report on purpose, however soon they come back.
/// The question waits in conversation state, not on the stack, so "continue" returns to exactly the question they were on.
/// A survivor who comes back with a request (to delete, for a counsellor, another language, help) has it done first.
/// </summary>
public sealed class WelcomeBackInterruption(ReportSessionAccessor sessions) : IInterruption
{
    /// <summary>Away at least this long counts as coming back.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromHours(12);

    private static readonly List<Choice> Choices =
    [
        new("continue", ReportText.WelcomeBackContinue.Name),
        new("restart", ReportText.WelcomeBackRestart.Name),
    ];

    // Requests a survivor coming back means at once; the welcome-back question would stand in their way.
    private static readonly HashSet<string> LetThrough =
        [IntentNames.Delete, IntentNames.Counsellor, IntentNames.Korean, IntentNames.English, IntentNames.Help];

    public int Order => InterruptionOrder.WelcomeBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inReport = ReportDialog.HasUnsavedDraft(dc.Stack);
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        if (session.WelcomeBackPending)
        {
            session.WelcomeBackPending = false;
            var choice = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), Choices, dc.Services.Texts, dc.Services.Phrases);
            if (choice?.Value == "restart" && inReport)
            {
                dc.CancelAllDialogs();
                await dc.SendAsync(ReportText.WelcomeBackRestarted, cancellationToken);
                await dc.BeginDialogAsync(ReportDialog.DialogId, null, cancellationToken);
                return InterruptionResult.Handled;
            }

            // "Continue" asks the question again; anything else is most likely the answer to it.
            return choice is null ? InterruptionResult.NotHandled : InterruptionResult.Resume;
        }

        // A pause the survivor asked for ("brb") counts as a long one, however soon they come back.
        var away = dc.Profile.LastActive is { } last ? dc.Services.Clock.GetUtcNow() - last : TimeSpan.Zero;
        var paused = session.PausedForLater;
        session.PausedForLater = false;
        if (!inReport || (away < Pause && !paused))
        {
            return InterruptionResult.NotHandled;
        }

        if (Commands.Of(dc) is { IsSure: true } command && LetThrough.Contains(command.Name))
        {
            // Back with a request ("delete my data", "counsellor", "English", "help"): that is done first, not asked
            // around; the question waits for the next message, if the report is still there.
            session.PausedForLater = paused;
            return InterruptionResult.NotHandled;
        }

        session.WelcomeBackPending = true;
        await dc.SendTextAsync(dc.Localize(ReportText.WelcomeBack), cancellationToken, ChoiceButtons(dc));
        return InterruptionResult.Handled;
    }

    private static List<Microsoft.Bot.Schema.CardAction> ChoiceButtons(DialogContext dc) =>
        Choices.Select(c => dc.Localize(new Resources.TextKey(c.LabelKey)))
            .Select(label => new Microsoft.Bot.Schema.CardAction(Microsoft.Bot.Schema.ActionTypes.ImBack, title: label, value: label))
            .ToList();
}
