namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The handoff queue in storage shared by every instance (Azure Blob storage, or a local folder). Every change is a
/// conditional write against the ETag that was read, so two counsellors (or two instances) can never both claim
/// the same survivor: exactly one write wins and the other gets <c>null</c>.
/// </summary>
public interface IHandoffQueue
{
    /// <summary>Stores a new handoff; false when one with that id exists already.</summary>
    Task<bool> TryCreateAsync(HandoffRecord record, CancellationToken cancellationToken);

    /// <summary>The handoff with its current ETag, or null.</summary>
    Task<StoredHandoff?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every stored handoff (open, closed and left messages): for housekeeping and erasure, not for polls.</summary>
    Task<IReadOnlyList<StoredHandoff>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The handoffs in the open index (<see cref="HandoffRecord.IsListed"/>), so a console poll reads only those. The
    /// index entry is written before a record joins it and removed after it leaves, so a crash between the two writes
    /// can leave a stale entry (filtered out here) but never hide an open handoff.
    /// </summary>
    Task<IReadOnlyList<StoredHandoff>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the handoff only if it still has <paramref name="etag"/>; returns the new ETag, or null when someone
    /// else changed it first (or it is gone).
    /// </summary>
    Task<string?> TryReplaceAsync(HandoffRecord record, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes the handoff only if it still has <paramref name="etag"/>; false when it changed or is gone.</summary>
    Task<bool> TryDeleteAsync(string id, string etag, CancellationToken cancellationToken);

    /// <summary>Records that a counsellor is signed in and looking (the console refreshes this while open).</summary>
    Task TouchPresenceAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>How many counsellors were seen at or after <paramref name="since"/>.</summary>
    Task<int> CountPresentAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
