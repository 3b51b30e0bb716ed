using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Ambiguity is asked about once, never guessed twice: at a question, a message that might be a command (scored between
/// <see cref="IntentMatch.Ask"/> and <see cref="IntentMatch.Act"/>) gets one short yes/no check. Yes runs the command
/// as if its plain words had been sent; no gives the message back to the question as its answer. A reply that is
/// neither loses nothing: a sure command runs (the question is asked again after it); a pick of the question's own
/// choices answers it; anything else is taken, together with the words that raised the check, as the answer. Delete
/// asks its own confirmation, so it is not checked twice (see <see cref="DeleteDataInterruption"/>).
/// </summary>
public sealed class CommandCheckInterruption(ReportSessionAccessor sessions) : IInterruption
{
    public int Order => InterruptionOrder.CommandCheck;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        if (session.PendingIntent is { } pending)
        {
            var original = session.PendingText;
            session.PendingIntent = null;
            session.PendingText = null;
            switch (CheckReply.Read(dc))
            {
                case true:
                    dc.TextOverride = Commands.CanonicalPhrase(dc, pending);
                    if (pending == IntentNames.Exit && ExitInterruption.SaysLater(dc, original))
                    {
                        // "Shall we pause here?" answered yes: the plain stop words carry no "later", so the turn says it.
                        TurnItems.Of(dc.Context).Set(ExitInterruption.PauseConfirmedKey, pending);
                    }

                    return InterruptionResult.NotHandled;
                case false:
                    await dc.SendAsync(RecognitionText.CheckKept, cancellationToken);
                    dc.TextOverride = original;
                    dc.AnswerOnly = true;
                    return InterruptionResult.NotHandled;
                default:
                    await AnswerWithBothAsync(dc, original, cancellationToken);
                    return InterruptionResult.NotHandled;
            }
        }

        if (!Commands.AtQuestion(dc) || Commands.Of(dc) is not { IsUnsure: true } match || RecognitionText.CheckFor(match.Name) is not { } check
            || AnswersTheYesNoQuestion(dc) || TellsWhatHappenedAtTheMenu(dc))
        {
            return InterruptionResult.NotHandled;
        }

        session.PendingIntent = match.Name;
        session.PendingText = dc.Text;
        if (match.Name == IntentNames.Exit && Conversations.ReportDialog.HasUnsavedDraft(dc.Stack) && ExitInterruption.SaysLater(dc, dc.Text))
        {
            check = PauseText.Check;
        }

        await dc.SendTextAsync(dc.Localize(check), cancellationToken, InterruptionSupport.YesNoButtons(dc));
        return InterruptionResult.Handled;
    }

    /// <summary>
    /// At the menu (or its follow-up after a disclosure), words that tell what happened are read as that, never checked
    /// as a half-heard command: "i dont know how to say this but my boss touched me at work" is not a request for help.
    /// </summary>
    private static bool TellsWhatHappenedAtTheMenu(DialogContext dc)
    {
        if (dc.ActiveDialog?.Id is not (Conversations.MenuDialog.PromptId or Conversations.DisclosureDialog.PromptId))
        {
            return false;
        }

        return StoryReader.For(dc.Services.Phrases).SaysWhatHappened(dc.Text, Conversations.ReportChoices.TypeValues);
    }

    /// <summary>At a yes/no question, "nah I won't" or "maybe later" answers it (or is explained), it is not a command to check.</summary>
    private static bool AnswersTheYesNoQuestion(DialogContext dc) =>
        YesNoQuestion.IsActive(dc) && (YesNoReading.Read(dc.Services.Phrases, dc.Text) is not null || YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text));

    // Neither yes nor no. A sure command is taken as one, and a pick of the question's choices as the answer. Anything
    // else joins the words that raised the check, so the answer keeps both (a choice question reads both; a free-text
    // one keeps both as written, and the summary lets the survivor change it).
    private static async Task AnswerWithBothAsync(DialogContext dc, string? original, CancellationToken cancellationToken)
    {
        if (Commands.Of(dc) is { IsSure: true } || Commands.IsChoiceOfTheQuestion(dc) || string.IsNullOrWhiteSpace(original))
        {
            return;
        }

        var reply = dc.Text;
        dc.TextOverride = original.TrimEnd() + " " + reply.Trim();
        dc.AnswerOnly = true;
        if (!Commands.HasChoices(dc))
        {
            await dc.SendAsync(CommandCheckText.KeptBoth, cancellationToken);
        }
    }
}
