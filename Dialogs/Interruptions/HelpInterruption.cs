using ReportBot.Dialogs.Engine;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>"help" (or the Korean word) at any point: what the bot does, the commands, and that it never asks who you are.</summary>
public sealed class HelpInterruption : IInterruption
{
    public int Order => 40;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(InterruptionPhrases.Help)))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.SendAsync(HelpText.Text, cancellationToken);
        return InterruptionResult.Resume;
    }
}
