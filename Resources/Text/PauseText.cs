namespace ReportBot.Resources.Text;

/// <summary>Strings of pausing a report to come back to it ("그만할래요 나중에", "brb").</summary>
public static class PauseText
{
    /// <summary>The report is kept; any message on return asks whether to carry on or start over.</summary>
    public static readonly TextKey Kept = new("pause.kept");

    /// <summary>The one-time check when a pause is not certain; yes pauses (the report is kept).</summary>
    public static readonly TextKey Check = new("pause.check");

    /// <summary>A pause with no report begun ("be right back" at the menu): the conversation waits, nothing is ended.</summary>
    public static readonly TextKey Waiting = new("pause.waiting");
}
