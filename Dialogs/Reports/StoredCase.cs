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

    public string? ETag { get; set; }
}
