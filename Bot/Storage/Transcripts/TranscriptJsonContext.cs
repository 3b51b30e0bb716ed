using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>Source-generated serialization of transcript lines (the outbox and the stored segments): no reflection per line.</summary>
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(TranscriptEntry[]))]
internal sealed partial class TranscriptJsonContext : JsonSerializerContext
{
    /// <summary>
    /// How lines are written (outbox records, and so the segments, which take a line's JSON from its record as it is). A
    /// sealed line is never embedded in a page, so only what JSON itself requires is escaped: the activity's own quotes
    /// stay \" rather than \u0022, and Korean text stays UTF-8 (3 bytes a syllable, not 6). Fewer bytes to encrypt,
    /// send and store; any JSON reader reads both, and so do the outbox and segment readers, for lines written either
    /// way (before 2026-12-06 the outbox escaped everything).
    /// </summary>
    public static TranscriptJsonContext Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
