using System.Text.Json;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// A transcript line as the outbox holds it: its case, id and turn (what the drainer groups, deduplicates and checks
/// erasure by) and the line's JSON (a <see cref="TranscriptEntry"/>) exactly as it was written. The drainer seals that
/// JSON for the case's segment as it is: the activity is never read into a string and written again.
/// </summary>
public sealed record TranscriptLine(string CaseId, string EntryId, DateTimeOffset TurnStarted, ReadOnlyMemory<byte> Json)
{
    /// <summary>The line read whole (for a reader that wants the activity).</summary>
    public TranscriptEntry ToEntry() => JsonSerializer.Deserialize(Json.Span, TranscriptJsonContext.Default.TranscriptEntry)
        ?? throw new JsonException("A transcript line is null.");

    /// <summary>A line for <paramref name="entry"/>, written as the outbox writes it.</summary>
    public static TranscriptLine Of(TranscriptEntry entry) =>
        new(entry.CaseId, entry.EntryId, entry.TurnStarted, JsonSerializer.SerializeToUtf8Bytes(entry, TranscriptJsonContext.Relaxed.TranscriptEntry));
}
