using System.Text.Json.Serialization;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>Source-generated serialization of transcript lines (the outbox and the stored segments): no reflection per line.</summary>
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(TranscriptEntry[]))]
internal sealed partial class TranscriptJsonContext : JsonSerializerContext;
