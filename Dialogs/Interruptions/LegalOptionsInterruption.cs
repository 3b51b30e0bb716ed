using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "What can I do?" (or its Korean phrasings in Resources/Phrases/legal.json) at any point opens the legal options on top of whatever the survivor was
/// doing. When they finish, the dialog below resumes; a prompt below asks its question again (see Prompt.ResumeAsync).
/// Only a whole message matching a phrase counts, so an answer that merely contains the words is never taken away; at a
/// yes/no question, whose answer cannot be about the law, the menu's own words for it count too ("tell me the legal stuff").
/// At a question whose own choices read the words ("what are my options" at "what would help you now?"), they answer it.
/// </summary>
public sealed class LegalOptionsInterruption : IInterruption
{
    public int Order => InterruptionOrder.LegalOptions;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Before the language is settled the welcome takes every message.
        if (!dc.LanguageKnown || !(TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(LegalPhrases.Ask)) || (YesNoQuestion.IsActive(dc) && LegalRequest.Asks(dc)))
            || Commands.AnswersTheQuestion(dc))
        {
            return InterruptionResult.NotHandled;
        }

        // Asked which way on after saying what happened: this is the way to the law for what they said.
        if (dc.ActiveDialog?.Id == DisclosureDialog.PromptId)
        {
            await dc.EndDialogAsync(DisclosureDialog.LegalAnswer, cancellationToken);
            return InterruptionResult.Handled;
        }

        // Already in the legal options: while reading, the dialog itself starts over on this phrase; at its topic
        // question, the question is simply asked again. Never stack a second copy.
        if (dc.Stack.Any(instance => instance.Id == LegalOptionsDialog.DialogId))
        {
            return InterruptionResult.NotHandled;
        }

        await dc.BeginDialogAsync(LegalOptionsDialog.DialogId, null, cancellationToken);
        return InterruptionResult.Handled;
    }
}
