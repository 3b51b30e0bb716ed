namespace ReportBot.Resources.Text;

/// <summary>Strings of the main menu.</summary>
public static class MenuText
{
    public static readonly TextKey Prompt = new("menu.prompt");
    public static readonly TextKey Report = new("menu.report");
    public static readonly TextKey Legal = new("menu.legal");
    public static readonly TextKey Counsellor = new("menu.counsellor");
    public static readonly TextKey Delete = new("menu.delete");

    /// <summary>A greeting at the menu: a kind word before the menu again, not "I didn't get that".</summary>
    public static readonly TextKey Greeting = new("menu.greeting");

    /// <summary>A thank-you at the menu.</summary>
    public static readonly TextKey Thanks = new("menu.thanks");
}
