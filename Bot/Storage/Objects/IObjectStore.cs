namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Named byte objects with optimistic concurrency: the one seam between ReportBot's storage logic and the medium
/// (Azure Blob storage, or the local disk). Names are slash-separated, made of lower-case hex and fixed words only,
/// so no raw id ever becomes a blob or file name. Failures to reach the medium are <see cref="StorageUnavailableException"/>;
/// failed preconditions are <see cref="StorageConflictException"/>.
/// </summary>
public interface IObjectStore
{
    Task<StoredObject?> ReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the whole object and returns its new ETag. The store may keep <paramref name="content"/> as the object's
    /// latest version (the local store serves it from memory until its checkpoint): a caller hands over a buffer it will
    /// not change afterwards (every caller writes a freshly sealed or serialised array).
    /// </summary>
    Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>
    /// Appends to an append-only object (created when absent), but only while it is exactly
    /// <paramref name="expectedLength"/> bytes long, so a repeated or concurrent append is refused with
    /// <see cref="StorageConflictException"/> instead of landing twice. Returns the new length.
    /// </summary>
    Task<long> AppendAsync(string name, ReadOnlyMemory<byte> content, long expectedLength, CancellationToken cancellationToken);

    /// <summary>
    /// How many appends a caller with many (the transcript drainer's round) should have in flight at once: what the
    /// medium takes without slowing the turns' own writes. 16 requests by default (a Blob account, over HTTP).
    /// </summary>
    int AppendConcurrency => 16;

    /// <summary>Deletes the object; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every object whose name starts with <paramref name="prefix"/>, in ordinal name order.</summary>
    IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken);
}
