using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// "Counsellor", "talk to a counsellor", "human" (and their Korean phrases in Resources/Phrases/handoff.json): at any point, asks for a counsellor. The current dialog is
/// closed first (its half-asked question would make no sense after a conversation with a person).
/// </summary>
public sealed class HandoffInterruption : IInterruption
{
    public int Order => 40;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Any(d => d.Id == HandoffDialog.DialogId))
        {
            return InterruptionResult.NotHandled;
        }

        var phrases = dc.Services.Phrases;
        if (!TextMatcher.Matches(dc.Text, phrases.All(HandoffPhrases.Request))
            && !TextMatcher.ContainsAny(dc.Text, phrases.All(HandoffPhrases.RequestContains)))
        {
            return InterruptionResult.NotHandled;
        }

        // A request for a counsellor may be the very first thing someone writes: answer in that language rather than greet first.
        dc.Profile.Language ??= LanguageDetector.Detect(dc.Text, phrases);

        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(HandoffDialog.DialogId, new HandoffDialogOptions(), cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }
}
