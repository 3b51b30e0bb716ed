namespace ReportBot.Resources.Text;

/// <summary>Strings of stopping the conversation.</summary>
public static class ExitText
{
    public static readonly TextKey Goodbye = new("exit.goodbye");
    public static readonly TextKey CaseSaved = new("exit.case_saved");
    public static readonly TextKey NothingSaved = new("exit.nothing_saved");
    public static readonly TextKey DraftDropped = new("exit.draft_dropped");
    public static readonly TextKey ComeBack = new("exit.come_back");
}
