namespace ReportBot.Bot.Storage.Objects;

/// <summary>A conditional write lost: someone else changed (or erased) the object since it was read.</summary>
public sealed class StorageConflictException(string message, Exception? inner = null) : Exception(message, inner);
