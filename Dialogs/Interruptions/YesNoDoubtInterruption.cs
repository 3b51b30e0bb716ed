using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At a yes/no question, a doubt or a question back ("what is that?", "I'm not sure", "what happens if I say no?", "maybe
/// later") is not a wrong answer: it gets a short, kind explanation of what yes and what no each do
/// (<see cref="YesNoText.ExplainFor"/>), then the question again. A request (help, a counsellor, the legal options) is
/// left to its own command, and a yes or a no to the question. Explained once per question: a second doubt is taken as
/// "no" for now and said so, as the question does after two unclear answers (every yes/no question asks before doing
/// something, and the explanation has just said what "no" leaves for later) — never "please answer yes or no".
/// </summary>
public sealed class YesNoDoubtInterruption : IInterruption
{
    private const string ExplainedKey = "explained";

    /// <summary>After crisis and the welcome back, before the one-time command check (which would ask about "later").</summary>
    public int Order => InterruptionOrder.YesNoDoubt;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!YesNoQuestion.IsActive(dc) || !YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text)
            || Commands.Of(dc) is { IsSure: true } || LegalRequest.Asks(dc))
        {
            return InterruptionResult.NotHandled;
        }

        if (dc.ActiveDialog!.State.Value<bool>(ExplainedKey))
        {
            await dc.SendAsync(RecognitionText.ConfirmDefaultNo, cancellationToken);
            await dc.EndDialogAsync(false, cancellationToken);
            return InterruptionResult.Handled;
        }

        dc.ActiveDialog.State[ExplainedKey] = true;
        await dc.SendAsync(YesNoText.ExplainFor(YesNoQuestion.Key(dc)), cancellationToken);
        return InterruptionResult.Resume;
    }
}
