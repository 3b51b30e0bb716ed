namespace ReportBot.Resources.Text;

/// <summary>Said when the survivor asks about one of the report's choice questions instead of answering it.</summary>
public static class ChoiceQuestionText
{
    public static readonly TextKey Explain = new("choice.explain_question");
}
