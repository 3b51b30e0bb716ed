namespace ReportBot.Resources.Text;

/// <summary>Strings of the help and counsellor commands.</summary>
public static class HelpText
{
    public static readonly TextKey Text = new("help.text");
}
