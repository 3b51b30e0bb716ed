namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>Precision and recall of one label over an evaluation set.</summary>
public sealed record LabelScore(string Label, int Support, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1.0 : (double)Correct / Predicted;

    public double Recall => Support == 0 ? 1.0 : (double)Correct / Support;
}
