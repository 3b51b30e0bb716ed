namespace ReportBot.Dialogs.Reports;

/// <summary>
/// When one part of a report was answered, and (for the date) the survivor's words as typed, kept so their record can
/// show each part with its own time and the date both as written and as understood.
/// </summary>
public sealed record RecordedPart
{
    /// <summary>The longest "as written" text kept.</summary>
    public const int MaxAsWrittenChars = 200;

    public required DateTimeOffset RecordedAt { get; init; }

    public string? AsWritten { get; init; }
}
