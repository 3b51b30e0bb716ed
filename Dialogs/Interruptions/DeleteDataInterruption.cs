using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Asking to delete one's data in any words (the Korean phrasings, "please erase what I told you") at any point.
/// Asks to confirm first; the pending question lives in conversation state (not on the dialog stack) so the question
/// the survivor was on is untouched if they say no. On yes, everything of the conversation is erased and the survivor
/// is told exactly what. When the recogniser was unsure and the survivor was answering a question, "no" gives their
/// message back to that question as its answer, so nothing they wrote is lost. A doubt ("what does that erase?") gets
/// what yes and no each do, and the question again; only a plain yes erases.
/// When the report is about images or posts and the words name neither them nor this conversation ("i just want it all
/// deleted" at "is it still online?"), the bot first asks which was meant: a "yes" to "erase everything?" would
/// otherwise erase the report of someone who wanted the video gone. Taking them down keeps everything and points to
/// the takedown help; erasing this conversation goes on to the usual confirmation.
/// </summary>
public sealed class DeleteDataInterruption(ReportSessionAccessor sessions, DataErasure erasure) : IInterruption
{
    public int Order => InterruptionOrder.DeleteData;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var match = Commands.Of(dc) is { Name: IntentNames.Delete } found ? found : null;
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        if (session.DeleteConfirmationPending && match is null)
        {
            var answer = InterruptionSupport.ReadYesNo(dc);
            if (answer is null && YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text) && Commands.Of(dc) is not { IsSure: true })
            {
                // "What does that do?": say what yes and no each do, and ask again; nothing is erased without a clear yes.
                await dc.SendAsync(YesNoText.ExplainErase, cancellationToken);
                return await AskToConfirmAsync(dc, session, cancellationToken);
            }

            session.DeleteConfirmationPending = false;
            var original = session.PendingText;
            session.PendingText = null;
            if (answer is true)
            {
                await DeleteDataDialog.EraseAndReportAsync(dc, erasure, cancellationToken);
                return InterruptionResult.Handled;
            }

            await dc.SendAsync(EraseText.Kept, cancellationToken);

            // Anything but yes keeps the data; a reply that is not "no" is probably an answer to the question.
            return answer is false ? GiveBack(dc, original) : InterruptionResult.NotHandled;
        }

        if (session.DeleteMeaningPending && match is null)
        {
            return await ReadMeaningAsync(dc, session, cancellationToken);
        }

        if (match is null)
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        if (session.DeleteMeaningPending)
        {
            // "Erasing this conversation" (its button, or words naming it): on to the usual confirmation, with the
            // message that asked first kept to give back on "no".
            session.DeleteMeaningPending = false;
        }
        else
        {
            session.PendingText = match.IsSure || !Commands.AtQuestion(dc) ? null : dc.Text;
            if (MayMeanTheImages(dc))
            {
                // At "what would help you now?" the words are kept even for a clear "delete": if they meant the images,
                // they are the answer, with whatever else they wanted ("... and i want to sue him too").
                if (ReportDialog.FieldAsked(dc.Stack) == ReportQuestions.WishesField)
                {
                    session.PendingText = dc.Text;
                }

                session.DeleteMeaningPending = true;
                await dc.SendTextAsync(dc.Localize(EraseText.MeaningAsk), cancellationToken, InterruptionSupport.Buttons(dc, Meanings));
                return InterruptionResult.Handled;
            }
        }

        return await AskToConfirmAsync(dc, session, cancellationToken);
    }

    // "Erase everything kept from this conversation?", with yes and no; the answer is read on the next message.
    private static async Task<InterruptionResult> AskToConfirmAsync(DialogContext dc, ReportSession session, CancellationToken cancellationToken)
    {
        session.DeleteConfirmationPending = true;
        await dc.SendTextAsync(dc.Localize(DeleteDataDialog.ConfirmKey(dc)), cancellationToken, InterruptionSupport.YesNoButtons(dc));
        return InterruptionResult.Handled;
    }

    /// <summary>
    /// Whether "delete" may mean images or posts rather than this conversation: the words name no data of this
    /// conversation, and the report under way (or the one saved here) is about something that may be online.
    /// </summary>
    private static bool MayMeanTheImages(DialogContext dc)
    {
        if (StoryReader.For(dc.Services.Phrases).NamesOwnData(dc.Text))
        {
            return false;
        }

        if (ReportDialog.UnsavedDraft(dc.Stack) is { } draft)
        {
            // Images named as the kind or as evidence, or the question about them being online.
            return ReportQuestions.NamesMaterialOnline(draft) || ReportDialog.FieldAsked(dc.Stack) == ReportQuestions.OnlineField;
        }

        return dc.Profile.ReportedIncidentTypes.Any(ReportQuestions.IsAboutImagesOrPosts);
    }

    private const string Takedown = "takedown";
    private const string Erase = "erase";
    private const string Neither = "neither";

    // "Delete it": the images taken down, this conversation erased, or neither (buttons, numbers, labels in either language).
    private static readonly Choice[] Meanings =
    [
        new(Takedown, EraseText.MeaningTakedown.Name),
        new(Erase, EraseText.MeaningErase.Name),
        new(Neither, EraseText.MeaningNeither.Name),
    ];

    private static async Task<InterruptionResult> ReadMeaningAsync(DialogContext dc, ReportSession session, CancellationToken cancellationToken)
    {
        session.DeleteMeaningPending = false;
        var original = session.PendingText;
        session.PendingText = null;
        var meant = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), Meanings, dc.Services.Texts, dc.Services.Phrases)?.Value;
        if (meant == Takedown || StoryReader.For(dc.Services.Phrases).NamesOnlyContent(dc.Text))
        {
            if (ReportDialog.HasUnsavedDraft(dc.Stack))
            {
                // Mid-report: nothing is erased, the takedown help comes with the legal options at the end (or now, on
                // asking), and the words go back to the question they were written at.
                await dc.SendAsync(EraseText.MeaningTakedownLater, cancellationToken);
                if (ReportDialog.FieldAsked(dc.Stack) == ReportQuestions.WishesField)
                {
                    // At "what would help you now?" this is the answer: help getting them taken down, with whatever
                    // else the words that asked first wanted ("... and i want to sue him too").
                    return GiveBack(dc, dc.Localize(ReportText.WishTakedown) + (string.IsNullOrWhiteSpace(original) ? string.Empty : ", " + original));
                }

                // Elsewhere the words answered nothing the question asks: it is asked again, as it was.
                return InterruptionResult.Resume;
            }

            var kinds = dc.Profile.ReportedIncidentTypes.Where(ReportQuestions.IsAboutImagesOrPosts).ToList();
            await dc.BeginDialogAsync(
                LegalOptionsDialog.DialogId,
                new LegalOptionsDialog.Topics(kinds.Count > 0 ? kinds : [IncidentType.NonConsensualSharing], [nameof(SupportWish.TakedownHelp)]),
                cancellationToken);
            return InterruptionResult.Handled;
        }

        if (meant == Erase)
        {
            session.PendingText = original;
            return await AskToConfirmAsync(dc, session, cancellationToken);
        }

        await dc.SendAsync(EraseText.Kept, cancellationToken);

        // Anything else is probably an answer to the question: nothing was erased, and it goes on as written.
        return meant == Neither || InterruptionSupport.ReadYesNo(dc) is false ? GiveBack(dc, original) : InterruptionResult.NotHandled;
    }

    // The words that asked go back to the question they were written at, as its answer; without a question, the
    // conversation carries on where it was.
    private static InterruptionResult GiveBack(DialogContext dc, string? original)
    {
        if (original is null)
        {
            return InterruptionResult.Resume;
        }

        dc.TextOverride = original;
        dc.AnswerOnly = true;
        return InterruptionResult.NotHandled;
    }
}
