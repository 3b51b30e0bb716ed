namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// A transcript line as the outbox holds it: its case, id and turn (what the drainer groups, deduplicates and checks
/// erasure by) and the line's JSON (a <see cref="TranscriptEntry"/>) exactly as it was written. The drainer seals that
/// JSON for the case's segment as it is: the activity is never read into a string and written again.
/// </summary>
public sealed record TranscriptLine(string CaseId, string EntryId, DateTimeOffset TurnStarted, ReadOnlyMemory<byte> Json);
