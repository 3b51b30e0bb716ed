using System.Text.Json.Serialization;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks.Crypto;

/// <summary>Transcript lines as the outbox writes them (source-generated), one or several to a record.</summary>
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(TranscriptEntry[]))]
internal sealed partial class LineJsonContext : JsonSerializerContext;
