using System.Text.Json;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>Transcript lines and entries, one from the other, as the outbox writes and a reader reads them.</summary>
internal static class TranscriptLines
{
    /// <summary>The line the outbox would hold for <paramref name="entry"/> (its JSON written as the outbox writes it).</summary>
    public static TranscriptLine ToLine(this TranscriptEntry entry) =>
        new(entry.CaseId, entry.EntryId, entry.TurnStarted, JsonSerializer.SerializeToUtf8Bytes(entry, TranscriptJsonContext.Relaxed.TranscriptEntry));

    /// <summary>The line read whole.</summary>
    public static TranscriptEntry ToEntry(this TranscriptLine line) =>
        JsonSerializer.Deserialize(line.Json.Span, TranscriptJsonContext.Default.TranscriptEntry)!;
}
