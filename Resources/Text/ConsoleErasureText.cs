namespace ReportBot.Resources.Text;

/// <summary>What the counsellor console says when the survivor erases the case it has open.</summary>
public static class ConsoleErasureText
{
    public static readonly TextKey Erased = new("console.erased");
}
