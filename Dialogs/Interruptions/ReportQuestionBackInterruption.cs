using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At any of the report's questions (choices, the date, the place), a question back to the bot about what happens with
/// the report ("igeo gyaega alge dwaeyo?", "will he find out?", "does it have to be the exact date", "jeunggeo eopseumyeon singo motaeyo?") is
/// no answer: it got the question's retry, as if it could not be read, and nothing answered it. It gets a short answer
/// to the worry it names (report.question_back.*, both languages) and the same question again, and is never kept as the
/// answer. A question about erasing later ("najunge jiul su isseoyo?", "this gets deleted after right?") is answered with how
/// erasure works rather than met with "erase everything now?"; any other question about erasure, asking to erase now
/// ("can u delete what i wrote", "can they delete everything i wrote here?"), is left to the request. Every time it is asked: a question is answered, not counted as a miss. A request (help, a counsellor, the legal
/// options) is left to its own command.
/// </summary>
public sealed class ReportQuestionBackInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    /// <summary>After crisis and the welcome back, before the choice questions' own "what do you mean?".</summary>
    public int Order => InterruptionOrder.ReportQuestionBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not { } active
            || active.State["options"]?["PromptKey"]?.ToString() is not { } key || questionnaire.All.FirstOrDefault(q => q.Ask.Name == key) is not { } question
            || QuestionBack.For(dc.Services.Phrases) is not { } reader || reader.Worry(dc.Text) is not { } worry

            // "handaljeonjjeum? jeonghwakhineun gieok an nayo" answers "when?" with its doubt: a time said is the answer.
            || (question.Field == "when" && DateReader.For(dc.Services.Phrases).Find(dc.Text, dc.Services.Today) is not null)
            || (worry == "erasure" ? !reader.AboutLater(dc.Text) : Commands.Of(dc) is { IsSure: true }) || LegalRequest.Asks(dc))
        {
            return InterruptionResult.NotHandled;
        }

        await dc.SendAsync(new TextKey("report.question_back." + worry), cancellationToken);
        return InterruptionResult.Resume;
    }
}
