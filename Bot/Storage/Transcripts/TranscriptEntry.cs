using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>One transcript line: a sanitized activity (JSON) of one case, with when it and its turn happened.</summary>
public sealed record TranscriptEntry(
    string CaseId,
    string EntryId,
    DateTimeOffset Timestamp,
    long Sequence,
    DateTimeOffset TurnStarted,
    string ActivityJson)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ObjectName => ObjectNames.TranscriptEntry(CaseId, Timestamp.UtcTicks, Sequence, EntryId);
}
