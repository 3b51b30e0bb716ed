namespace ReportBot.Resources.Text;

/// <summary>Strings said when a shared limit (such as case-code checking) is full for a moment.</summary>
public static class LimitsText
{
    public static readonly TextKey HashingBusy = new("limits.hashing_busy");
}
