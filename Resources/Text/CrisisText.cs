namespace ReportBot.Resources.Text;

/// <summary>Strings of the crisis response.</summary>
public static class CrisisText
{
    public static readonly TextKey Emergency = new("crisis.emergency");
}
