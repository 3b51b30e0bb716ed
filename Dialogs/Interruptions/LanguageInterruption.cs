using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>Switches the language at any point when the survivor names one ("English", "korean", or their Korean names).</summary>
public sealed class LanguageInterruption : IInterruption
{
    public int Order => InterruptionOrder.Language;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Before a language is settled, the welcome itself takes the answer.
        if (!dc.LanguageKnown)
        {
            return InterruptionResult.NotHandled;
        }

        var requested = Commands.Is(dc, Recognition.IntentNames.Korean) ? Resources.Language.Korean
            : Commands.Is(dc, Recognition.IntentNames.English) ? Resources.Language.English
            : (Resources.Language?)null;
        if (requested is null)
        {
            return InterruptionResult.NotHandled;
        }

        dc.Profile.Language = requested;
        await dc.SendAsync(WelcomeText.LanguageSet, cancellationToken);
        return InterruptionResult.Resume;
    }
}
