using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Finding it hard to begin, at the main menu, after saying what happened in a few words, or as the very first message
/// ("i dont know how to say this", "can I tell you something", and the Korean phrasings in story.hesitant): answered
/// with time and no pressure (<see cref="DisclosureText.Hesitant"/>), then the same question again. Before, the menu
/// said "I didn't quite get that" and the help text answered the Korean phrasings as if they asked how the bot works.
/// A message that also says what happened, or asks for something (a counsellor, to stop), is read for that instead.
/// In the middle of the story, where its words are as often what happened ("I haven't told anyone"), it is answered only
/// when the commands read it as asking for help ("eotteoke malhaeya halji moreugesseoyo" got the help text); the story
/// then goes on.
/// </summary>
public sealed class HesitationInterruption : IInterruption
{
    public int Order => InterruptionOrder.Hesitation;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (NarrativeDialog.IsOnStack(dc.Stack) && Commands.Is(dc, IntentNames.Help) && StoryReader.For(dc.Services.Phrases).Hesitates(dc.Text))
        {
            InterruptionSupport.RememberLanguage(dc);
            await dc.SendAsync(DisclosureText.Hesitant, cancellationToken);
            return InterruptionResult.Resume;
        }

        return await InterruptionSupport.AnswerWithoutStoryAsync(dc, (reader, text) => reader.Hesitates(text), DisclosureText.Hesitant, IntentNames.Help, cancellationToken);
    }
}
