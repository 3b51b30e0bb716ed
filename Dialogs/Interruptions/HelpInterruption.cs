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
        // "I want to sue him, what should I do?" asks about the law, not how the bot works: the legal options (at the
        // menu and as a first message) or the question's answer take it.
        if (!Commands.Is(dc, IntentNames.Help) || StoryReader.For(dc.Services.Phrases).WantsToSue(dc.Text))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.SendAsync(HelpText.Text, cancellationToken);
        return InterruptionResult.Resume;
    }
}
