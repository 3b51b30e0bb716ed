using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Handoff;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// Stands in for the crisis interruption (built elsewhere) at its order (10): answers "I'm not safe" with the
/// emergency numbers and, when asked to, raises a crisis handoff the way the real one is meant to.
/// </summary>
public sealed class StubCrisisInterruption(bool raiseHandoff) : IInterruption
{
    public const string Phrase = "i'm not safe";
    public const string Reply = "EMERGENCY: call 112 or 119 now.";

    public int Order => 10;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!TextMatcher.Normalize(dc.Text).Contains(Phrase, StringComparison.Ordinal))
        {
            return InterruptionResult.NotHandled;
        }

        await dc.SendTextAsync(Reply, cancellationToken);
        if (!raiseHandoff)
        {
            return InterruptionResult.Resume;
        }

        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(HandoffDialog.DialogId, new HandoffDialogOptions(Crisis: true), cancellationToken);
        return InterruptionResult.Handled;
    }
}
