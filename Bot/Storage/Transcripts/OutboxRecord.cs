namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>A record read back from the outbox (null line: damaged or erased, skipped) and the position after it.</summary>
public sealed record OutboxRecord(TranscriptLine? Line, OutboxPosition After, bool Erased = false);
