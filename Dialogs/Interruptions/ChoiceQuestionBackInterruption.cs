using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At one of the report's choice questions, a question about the question ("what happens if I say no?", "what do you
/// mean?", "what is that?" in either language) is not an answer: its words ("no") must not be taken for a choice ("Nothing yet"). It gets a
/// short explanation (the answer is a note the survivor sees again and can change at the summary; "skip" passes), then
/// the question again. Once per question: a second question back is read as the question reads any answer.
/// A request (help, a counsellor, the legal options) is left to its own command.
/// </summary>
public sealed class ChoiceQuestionBackInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    private const string ExplainedKey = "questionBackExplained";

    /// <summary>After crisis and the welcome back, before the one-time command check.</summary>
    public int Order => InterruptionOrder.ChoiceQuestionBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (questionnaire.ChoiceQuestionAt(dc) is not { } active
            || active.State.Value<bool>(ExplainedKey)
            || !YesNoReading.IsQuestionBack(dc.Services.Phrases, dc.Text)
            || Commands.Of(dc) is { IsSure: true } || LegalRequest.Asks(dc))
        {
            return InterruptionResult.NotHandled;
        }

        active.State[ExplainedKey] = true;
        await dc.SendAsync(ChoiceQuestionText.Explain, cancellationToken);
        return InterruptionResult.Resume;
    }
}
