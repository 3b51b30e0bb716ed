namespace ReportBot.Dialogs.Reports;

/// <summary>Something the survivor added to their report later, through their case code.</summary>
public sealed record ReportAddition
{
    public required DateTimeOffset AddedAt { get; init; }

    public required string Text { get; init; }
}
