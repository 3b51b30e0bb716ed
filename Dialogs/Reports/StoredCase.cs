using Microsoft.Bot.Builder;

namespace ReportBot.Dialogs.Reports;

/// <summary>A saved case as it sits in storage under its hashed key. Holds no code and nothing identifying.</summary>
public sealed class StoredCase : IStoreItem
{
    public required IncidentReport Report { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The language the survivor wrote in, so a counsellor can answer in it.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// When each part was answered, by question field ("types", "when"...). Null for cases saved before this was kept:
    /// their parts date from <see cref="CreatedAt"/>.
    /// </summary>
    public Dictionary<string, RecordedPart>? Parts { get; set; }

    /// <summary>The survivor's evidence log; null until they first add to it.</summary>
    public EvidenceLog? Evidence { get; set; }

    public string? ETag { get; set; }
}
