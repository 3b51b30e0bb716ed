namespace ReportBot.Bot.Storage.Objects;

/// <summary>One change in the <see cref="ObjectJournal"/>: an object's new content, an append at an offset, or a deletion.</summary>
internal sealed record JournalRecord(JournalRecordKind Kind, string Name, ReadOnlyMemory<byte> Content, long Offset = 0);
