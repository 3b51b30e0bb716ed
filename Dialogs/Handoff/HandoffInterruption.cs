using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// "Counsellor", "talk to a counsellor", "human" (and their Korean phrases in Resources/Phrases/handoff.json): at any
/// point, asks for a counsellor. The handoff goes on top of whatever the survivor was doing, so nothing they had
/// started (a half-told report) is lost: when the handoff is over they are back at their question. A request made
/// soon after crisis wording is a crisis request and goes to the front of the queue.
/// </summary>
public sealed class HandoffInterruption(ReportSessionAccessor sessions) : IInterruption
{
    /// <summary>How long after crisis wording a request for a counsellor still counts as a crisis request.</summary>
    public static readonly TimeSpan CrisisWindow = TimeSpan.FromMinutes(30);

    public int Order => InterruptionOrder.Handoff;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Any(d => d.Id == HandoffDialog.DialogId))
        {
            return InterruptionResult.NotHandled;
        }

        var phrases = dc.Services.Phrases;
        // The words of a request inside a longer message count unless they are someone else's ("she said i should talk to a
        // counselor") or name the current question's own choice ("talk to a real person" at "what would help you now?").
        if (!Interruptions.Commands.Is(dc, Recognition.IntentNames.Counsellor)
            && (dc.AnswerOnly || !TextMatcher.ContainsAny(dc.Text, phrases.All(HandoffPhrases.RequestContains))
                || Recognition.Recognizer.For(phrases).IsReportedSpeech(dc.Text) || Interruptions.Commands.AnswersTheQuestion(dc)))
        {
            return InterruptionResult.NotHandled;
        }

        // A request for a counsellor may be the very first thing someone writes: answer in that language rather than greet first.
        dc.Profile.Language ??= LanguageDetector.Detect(dc.Text, phrases);

        var session = await sessions.GetAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var crisis = session.CrisisAt is { } at && dc.Services.Clock.GetUtcNow() - at <= CrisisWindow;
        await dc.BeginDialogAsync(HandoffDialog.DialogId, new HandoffDialogOptions(Crisis: crisis), cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }
}
