namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>One labelled answer and the choices the recogniser picked.</summary>
public sealed record AnswerOutcome(LabelledAnswer Answer, IReadOnlyList<string> Picked)
{
    public bool Correct => Picked.SequenceEqual(Answer.Expected, StringComparer.Ordinal);
}
