using System.Text.Json;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The handoff queue on <see cref="IObjectStore"/>, the same on Azure Blob storage and on the local disk. A new handoff
/// is written only if absent, every change only if the object still has the ETag that was read, so when two
/// counsellors (or two instances) write at once the store lets exactly one through. The store has no conditional
/// delete: a delete first overwrites the record with an empty object under the read ETag (the step that can lose the
/// race), then removes it; an empty record reads as gone, so a crash between the two steps loses nothing and shows
/// nothing. Before its first use, handoffs written by the earlier local-folder queue are imported
/// (<see cref="LegacyHandoffFiles"/>).
/// </summary>
public sealed class StoredHandoffQueue(IObjectStore store, LegacyHandoffFiles? legacy = null) : IHandoffQueue
{
    /// <summary>Far longer than the two steps of a delete take, retries included; compared with the store's own time.</summary>
    internal static readonly TimeSpan AbandonedDelete = TimeSpan.FromMinutes(5);

    public async Task<bool> TryCreateAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        var name = HandoffObjectNames.Record(record.Id);
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await IndexAsync(record, cancellationToken).ConfigureAwait(false);
        var content = HandoffJson.Serialize(record with { Version = 1 });
        if (await TryWriteAsync(name, content, WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        // A thread's id is derived from its case, so it can be created again after a delete that stopped between its
        // two steps. The empty record that delete left is taken over only once it is old: a delete still under way
        // would otherwise remove the new record with its second step.
        return await store.ReadAsync(name, cancellationToken).ConfigureAwait(false) is { Content.Length: 0 } emptied
            && emptied.LastModified < DateTimeOffset.UtcNow - AbandonedDelete
            && await TryWriteAsync(name, content, WriteCondition.IfMatch(emptied.ETag), cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<StoredHandoff?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var name = HandoffObjectNames.Record(id);
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var stored = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return stored is null || stored.Content.Length == 0
            ? null
            : new StoredHandoff(HandoffJson.Deserialize<HandoffRecord>(stored.Content), stored.ETag);
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        await foreach (var item in store.ListAsync(HandoffObjectNames.RecordPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (HandoffObjectNames.IdOfRecord(item.Name) is { } id)
            {
                ids.Add(id);
            }
        }

        return await ReadAllAsync(ids, listedOnly: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        await foreach (var item in store.ListAsync(HandoffObjectNames.OpenPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (HandoffObjectNames.IdOfOpen(item.Name) is { } id)
            {
                ids.Add(id);
            }
        }

        return await ReadAllAsync(ids, listedOnly: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> TryReplaceAsync(HandoffRecord record, string etag, CancellationToken cancellationToken)
    {
        var name = HandoffObjectNames.Record(record.Id);
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await IndexAsync(record, cancellationToken).ConfigureAwait(false);
        var written = await TryWriteAsync(name, HandoffJson.Serialize(record with { Version = record.Version + 1 }), WriteCondition.IfMatch(etag), cancellationToken).ConfigureAwait(false);
        if (written is not null && !record.IsListed)
        {
            await store.DeleteAsync(HandoffObjectNames.Open(record.Id), cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    public async Task<bool> TryDeleteAsync(string id, string etag, CancellationToken cancellationToken)
    {
        var name = HandoffObjectNames.Record(id);
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (await TryWriteAsync(name, ReadOnlyMemory<byte>.Empty, WriteCondition.IfMatch(etag), cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(HandoffObjectNames.Open(id), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task TouchPresenceAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await store.WriteAsync(HandoffObjectNames.Presence(counsellorId), HandoffJson.Serialize(new PresenceMark(at)), WriteCondition.None, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountPresentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var marks = new List<ObjectInfo>();
        await foreach (var item in store.ListAsync(HandoffObjectNames.PresencePrefix, cancellationToken).ConfigureAwait(false))
        {
            marks.Add(item);
        }

        // One read per counsellor ever seen (the store keeps no metadata to list with), a few at a time, so a survivor
        // asking for a counsellor does not wait for them one after another.
        var count = 0;
        await Parallel.ForEachAsync(marks, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (mark, ct) =>
        {
            if (await store.ReadAsync(mark.Name, ct).ConfigureAwait(false) is { } stored && (SeenAt(stored.Content) ?? stored.LastModified) >= since)
            {
                Interlocked.Increment(ref count);
            }
        }).ConfigureAwait(false);
        return count;
    }

    private async Task<IReadOnlyList<StoredHandoff>> ReadAllAsync(List<string> ids, bool listedOnly, CancellationToken cancellationToken)
    {
        var result = new List<StoredHandoff>(ids.Count);
        foreach (var id in ids)
        {
            // Gone since the listing (or a stale index entry left by a crash): skipped, as the index promises.
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored && (!listedOnly || stored.Record.IsListed))
            {
                result.Add(stored);
            }
        }

        return result;
    }

    // The index entry goes in before the record joins the index, so a crash can leave a stale entry but never hide an open handoff.
    private async Task IndexAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        if (record.IsListed)
        {
            await store.WriteAsync(HandoffObjectNames.Open(record.Id), ReadOnlyMemory<byte>.Empty, WriteCondition.None, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The new ETag, or null when the condition failed (someone else wrote first, or the record is gone).</summary>
    private async Task<string?> TryWriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        try
        {
            return await store.WriteAsync(name, content, condition, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }

    private Task ReadyAsync(CancellationToken cancellationToken) =>
        legacy is null ? Task.CompletedTask : legacy.ImportOnceAsync(cancellationToken);

    // The Blob queue kept the time in blob metadata over an empty "{}" (the store does not carry metadata): such a mark
    // counts from when it was written, which is the time it held, until the console's next refresh rewrites it.
    private static DateTimeOffset? SeenAt(byte[] content)
    {
        try
        {
            return content.Length == 0 ? null : HandoffJson.Deserialize<PresenceMark>(content).SeenAt;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record PresenceMark(DateTimeOffset? SeenAt);
}
