namespace ReportBot.Dialogs.Reports;

/// <summary>Whether the material is still posted somewhere online.</summary>
public enum OnlineStatus
{
    StillOnline,
    NotOnline,
    NotSure,
}
