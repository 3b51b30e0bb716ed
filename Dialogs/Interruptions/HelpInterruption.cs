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

        // In the middle of the story, "eotteoke malhaeya halji moreugesseoyo" (I don't know how to say it) asks for time,
        // not how the bot works: what is said at the start to someone who finds it hard to begin, then the story goes on.
        var midStory = dc.Stack.Any(instance => instance.Id == Conversations.NarrativeDialog.DialogId);
        await dc.SendAsync(midStory && StoryReader.For(dc.Services.Phrases).Hesitates(dc.Text) ? DisclosureText.Hesitant : HelpText.Text, cancellationToken);
        return InterruptionResult.Resume;
    }
}
