namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Where a committed journal record went: the number of the journal file that holds it, and the ticket of the device
/// flush that makes it durable (<see cref="DeviceFlushes"/>; 0 when it was flushed with its batch).
/// </summary>
internal readonly record struct JournalCommit(long File, long Ticket);
