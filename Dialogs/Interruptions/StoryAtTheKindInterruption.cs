using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "What happened to you?" answered with what happened, in words that name no kind on the list ("he grabbed me at a
/// party and wouldnt let go", "a guy on the subway pressed himself against me", "museun irinji jal moreugenneunde hoesik kkeunnago
/// isanghan iri isseosseoyo", something odd happened after the work dinner): the survivor got "Sorry, I didn't quite get that" and the words were lost, to be told again later. Now
/// they are kept as the start of the story, as words that do name a kind are (<see cref="StoryText.KeptFromAnswer"/>),
/// and the list is asked again with a word that it is fine not to have a name for it (<see cref="StoryText.KindAfterStory"/>).
/// Only a message the question itself would not read (its own recognition decides), not a question, not a hesitation.
/// </summary>
public sealed class StoryAtTheKindInterruption : IInterruption
{
    /// <summary>Fewer words than this, with no story read in them, are more likely a try at the list than what happened.</summary>
    private const int FewestWords = 6;

    /// <summary>The same for Korean, counted in syllables (words are often written with no spaces).</summary>
    private const int FewestSyllables = 14;

    public int Order => InterruptionOrder.StoryAtTheKind;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Text.Trim();
        if (!ReportDialog.IsAskingTheKind(dc.Stack) || text.Length == 0 || text.EndsWith('?') || !TellsSomething(dc, text)
            || MultiChoicePrompt.Reads(dc, PromptOptions.AskedBy(dc.ActiveDialog!)))
        {
            return InterruptionResult.NotHandled;
        }

        ReportDialog.KeepStoryToldAtTheKind(dc.Stack, text[..Math.Min(text.Length, StoryReader.MaxChars)]);
        await dc.SendAsync(StoryText.KeptFromAnswer, cancellationToken);
        await dc.SendAsync(StoryText.KindAfterStory, cancellationToken);
        return InterruptionResult.Resume;
    }

    // Finding it hard to begin ("eodiseobuteo malhaeya halji moreugesseoyo") tells nothing yet: the list is asked again
    // as before, and a second answer that fits none is kept as written.
    private static bool TellsSomething(DialogContext dc, string text)
    {
        var reader = StoryReader.For(dc.Services.Phrases);
        return reader.SaysWhatHappened(text, ReportChoices.TypeValues)
            || (!reader.Hesitates(text)
                && (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= FewestWords || text.Count(Hangul.IsHangul) >= FewestSyllables));
    }
}
