namespace ReportBot.Dialogs.Reports;

/// <summary>An address where material of the survivor is posted, as they gave it, and when it was logged.</summary>
public sealed record PostedUrl
{
    public required string Url { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
