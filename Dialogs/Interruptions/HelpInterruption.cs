using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>Asking for help in any words ("how does this work?", or the Korean phrasings) at any point: what the bot does, the commands, and that it never asks who you are.</summary>
public sealed class HelpInterruption : IInterruption
{
    public int Order => InterruptionOrder.Help;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!Commands.Is(dc, IntentNames.Help))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.SendAsync(HelpText.Text, cancellationToken);
        return InterruptionResult.Resume;
    }
}
