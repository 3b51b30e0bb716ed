namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>A record read back from the outbox (null entry: damaged or erased, skipped) and the position after it.</summary>
public sealed record OutboxRecord(TranscriptEntry? Entry, OutboxPosition After, bool Erased = false);
