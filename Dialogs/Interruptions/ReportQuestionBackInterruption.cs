using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At any of the report's questions (choices, the date, the place), a question back to the bot about what happens with
/// the report ("igeo gyaega alge dwaeyo?", "will he find out?", "does it have to be the exact date", "jeunggeo eopseumyeon singo motaeyo?") is
/// no answer: it got the question's retry, as if it could not be read, and nothing answered it. It gets a short answer
/// to the worry it names (report.question_back.*, both languages) and the same question again, and is never kept as the
/// answer. A question about erasing later ("najunge jiul su isseoyo?", "this gets deleted after right?") is answered with how
/// erasure works rather than met with "erase everything now?"; any other question about erasure, asking to erase now
/// ("can u delete what i wrote", "can they delete everything i wrote here?"), is left to the request. Every time it is asked: a question is answered, not counted as a miss. A request (help, a counsellor, the legal
/// options) is left to its own command. The same questions at the menu are answered too, and the menu asked again: a
/// question about this chat's privacy ("is this really anonymous?", "who will see what i write here?") gets what is
/// kept and who reads it, and one about being known if one reports ("singohamyeon je ireum allyeojinayo?") opens the law on one's
/// identity in an investigation, with its statutes.
/// </summary>
public sealed class ReportQuestionBackInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    /// <summary>After crisis and the welcome back, before the choice questions' own "what do you mean?".</summary>
    public int Order => InterruptionOrder.ReportQuestionBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var first = Commands.IsFirstMessage(dc);
        string? field = null;
        if (!(first || (dc.ActiveDialog is { } active && (AtReportQuestion(active, out field) || (dc.LanguageKnown && Commands.AtMenu(dc)))))
            || QuestionBack.For(dc.Services.Phrases) is not { } reader || reader.Worry(dc.Text) is not { } worry

            // "handaljeonjjeum? jeonghwakhineun gieok an nayo" answers "when?" with its doubt: a time said is the answer.
            || (field == "when" && worry != "length" && DateReader.For(dc.Services.Phrases).Find(dc.Text, dc.Services.Today) is not null)
            || (worry == "erasure" ? !reader.AboutLater(dc.Text) : Commands.Of(dc) is { IsSure: true }) || LegalRequest.Asks(dc)

            // "hoesik ttae bujangi heobeokji manjyeonneunde igeotdo singo doenayo?" (can this be reported too?) tells what
            // happened and asks whether it can be reported, not whether this chat goes to the police: at the start or the
            // menu the story starts the report. Other worries said with such words ("can anyone track me from this?",
            // the fear of being known if one reports) are still answered.
            || (field is null && worry == QuestionBackPhrases.PoliceWorry
                && StoryReader.For(dc.Services.Phrases).SaysWhatHappened(dc.Text, ReportChoices.TypeValues)))
        {
            return InterruptionResult.NotHandled;
        }

        if (first)
        {
            // The very first message: the welcome, then the answer, then the menu (or the law on being known).
            var opening = worry == QuestionBackPhrases.ReportingIdentity
                ? new MenuDialog.Opening(null, Identity: true)
                : new MenuDialog.Opening(null, Say: ReportText.QuestionBackAnswer(worry).Name);
            return await InterruptionSupport.WelcomeThenAsync(dc, opening, cancellationToken);
        }

        if (worry == QuestionBackPhrases.ReportingIdentity)
        {
            // "If I report, will he know it was me?": the law on one's identity, with its statutes, on top of the
            // question or the menu, which comes back after it. Never a second copy of the legal options.
            if (dc.Stack.Any(instance => instance.Id == LegalOptionsDialog.DialogId))
            {
                return InterruptionResult.NotHandled;
            }

            await dc.BeginDialogAsync(LegalOptionsDialog.DialogId, new LegalOptionsDialog.IdentityQuestion(), cancellationToken);
            return InterruptionResult.Handled;
        }

        await dc.SendAsync(ReportText.QuestionBackAnswer(worry), cancellationToken);
        return InterruptionResult.Resume;
    }

    // One of the report's questions, by the prompt's text key; its field.
    private bool AtReportQuestion(DialogInstance active, out string? field)
    {
        field = questionnaire.AskedBy(active)?.Field;
        return field is not null;
    }
}
