namespace ReportBot.Bot.Storage.Objects;

/// <summary>What a <see cref="JournalRecord"/> does to its object.</summary>
internal enum JournalRecordKind : byte
{
    Put = 1,
    Delete = 2,
    Append = 3,
}
