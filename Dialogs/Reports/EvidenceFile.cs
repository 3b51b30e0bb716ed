namespace ReportBot.Dialogs.Reports;

/// <summary>
/// A file the survivor holds, logged by its SHA-256 digest (computed on their device; the file itself never reaches
/// the service), with what they said about it and when it was logged.
/// </summary>
public sealed record EvidenceFile
{
    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    public required long Size { get; init; }

    /// <summary>The media type the survivor's browser reported, if any.</summary>
    public string? MediaType { get; init; }

    /// <summary>The survivor's own name for it.</summary>
    public string? Label { get; init; }

    /// <summary>When the survivor says it was made, as they wrote it.</summary>
    public string? ClaimedMadeOn { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
