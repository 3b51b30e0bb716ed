namespace ReportBot.Resources.Text;

/// <summary>Strings said when a choice question's answer was read from the survivor's own words.</summary>
public static class AnswersText
{
    /// <summary>What was understood ({choices}: the labels), and that it can be corrected at the summary.</summary>
    public static readonly TextKey Understood = new("answers.understood");
}
