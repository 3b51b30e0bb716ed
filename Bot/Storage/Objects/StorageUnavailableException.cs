namespace ReportBot.Bot.Storage.Objects;

/// <summary>The storage service could not be reached or failed; the operation may succeed later.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
