namespace ReportBot.Resources.Text;

/// <summary>Strings of the main menu.</summary>
public static class MenuText
{
    public static readonly TextKey Prompt = new("menu.prompt");
    public static readonly TextKey Report = new("menu.report");
    public static readonly TextKey Legal = new("menu.legal");
    public static readonly TextKey Counsellor = new("menu.counsellor");
    public static readonly TextKey Delete = new("menu.delete");
}
