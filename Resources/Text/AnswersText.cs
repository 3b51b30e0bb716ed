namespace ReportBot.Resources.Text;

/// <summary>Strings said when a choice question's answer was read from the survivor's own words.</summary>
public static class AnswersText
{
    /// <summary>What was understood ({choices}: the labels), and that it can be corrected at the summary.</summary>
    public static readonly TextKey Understood = new("answers.understood");

    /// <summary>An answer that ended on a joining word ("캡처랑"): say to go on, and read it with the next message.</summary>
    public static readonly TextKey GoOn = new("answers.go_on");
}
