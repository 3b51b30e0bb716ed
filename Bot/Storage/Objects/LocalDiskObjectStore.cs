using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.CompilerServices;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// The embedded default: one file per object under <c>{LocalPath}/objects</c>, behind a write-ahead journal with
/// group commit (<see cref="ObjectJournal"/>). A write is acknowledged once its journal record is fsync'd together
/// with those of concurrent turns (one fsync per batch, not one per object); the object's file is written and synced
/// later, when its journal file is checkpointed, and until then the latest version is read back from its journal record
/// (memory holds only where that record is and its ETag: the sealed bytes of every active conversation's state, kept
/// until the checkpoint, were most of the GC's gen1 garbage, README "Unsynced objects read back from the journal"). A restart
/// replays whatever journal is left, so an acknowledged write survives SIGKILL or power loss. Deletions are journaled
/// too and remove the file at once. The ETag is a digest of the content (every write carries a fresh nonce, so every
/// version differs). Preconditions are enforced under one lock per object name: one process owns a data folder;
/// several instances need Blob storage. The last version of each state and key object is remembered (bounded), so a
/// turn does not read its state file back from disk.
/// </summary>
public sealed partial class LocalDiskObjectStore : IObjectStore, IAsyncDisposable
{
    /// <summary>The journal file size at which a checkpoint begins, by default.</summary>
    public const int DefaultJournalFileMegabytes = 64;
    private const int MaxRemembered = 4096;
    private readonly string _root;
    private readonly KeyedLocks _locks = new();
    private readonly ConcurrentDictionary<string, StoredObject> _remembered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Unsynced> _unsynced = new(StringComparer.Ordinal);
    private readonly ObjectJournal _journal;

    /// <param name="root">The objects' folder; the journal lives beside it (<c>{root}-journal</c>).</param>
    /// <param name="journalFileMegabytes">The journal file size at which its objects are checkpointed into their files.</param>
    public LocalDiskObjectStore(string root, int journalFileMegabytes = DefaultJournalFileMegabytes)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
        var journalFolder = Path.Combine(Path.GetDirectoryName(_root) ?? _root, Path.GetFileName(_root) + "-journal");
        Directory.CreateDirectory(journalFolder);
        var last = ObjectFiles.Recover(journalFolder, PathOf);
        _journal = new ObjectJournal(journalFolder, last + 1, number => ScheduleCheckpoint(number), journalFileMegabytes * 1024L * 1024);
    }

    public async Task<StoredObject?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (_unsynced.TryGetValue(name, out var pending) && pending.IsWhole && ReadBack(pending) is { } latest)
        {
            return latest;
        }

        if (_remembered.TryGetValue(name, out var known))
        {
            return known with { Content = known.Content.ToArray() };
        }

        // Under the name's lock, so a read that misses cannot put back an older version than a write just made. (The read
        // back above misses only when a checkpoint or a deletion overtook it; under the lock neither can.)
        using var held = await _locks.EnterAsync(name, cancellationToken).ConfigureAwait(false);
        if (_unsynced.TryGetValue(name, out pending) && pending.IsWhole)
        {
            return ReadBack(pending) ?? throw new IOException("An unsynced object's journal record could not be read back.");
        }

        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var stored = new StoredObject(content, ETagOf(content), File.GetLastWriteTimeUtc(path));
            Remember(name, stored);
            return stored with { Content = content.ToArray() };
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        using var held = await _locks.EnterAsync(name, cancellationToken).ConfigureAwait(false);
        if (condition.Kind != WriteConditionKind.None)
        {
            var current = await CurrentETagAsync(name, path, cancellationToken).ConfigureAwait(false);
            if (condition.Kind == WriteConditionKind.IfNotExists && current is not null)
            {
                throw new StorageConflictException("The object already exists.");
            }

            if (condition.Kind == WriteConditionKind.IfMatch && current != condition.ETag)
            {
                throw new StorageConflictException(current is null ? "The object no longer exists." : "The object was changed by another writer.");
            }
        }

        // Nothing of the content is kept: the journal copies it into its record, and it is read back from there.
        // A turn's state save: the device has the record, its flush comes with the turn's next sync or before the turn
        // is answered (TurnDurability). Every other write is durable when it returns.
        var turn = TurnDurability.Deferring;
        var (journal, ticket) = await _journal.CommitAsync(new JournalRecord(JournalRecordKind.Put, name, content), unflushed: turn is not null).ConfigureAwait(false);
        if (ticket != 0)
        {
            turn!.Pending(_journal, ticket);
        }

        // Under the name's lock, the newest record of the name is this one.
        var etag = ETagOf(content.Span);
        var place = _journal.LatestPlace(name) ?? throw new InvalidOperationException("A committed record is not in the journal's index.");
        _unsynced[name] = new Unsynced(etag, DateTimeOffset.UtcNow, place.File, place.Offset);
        _remembered.TryRemove(name, out _);
        return etag;
    }

    /// <summary>
    /// Every append of a drain round at once: they queue in the journal's group commit together, behind the turns'
    /// records, and are written a few dozen to a sync. Sixteen in flight made a round a train of small syncs that the
    /// turns' state writes queued behind; now a turn's record goes ahead of the appends still waiting.
    /// </summary>
    public int AppendConcurrency => 4096;

    public async Task<long> AppendAsync(string name, ReadOnlyMemory<byte> content, long expectedLength, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        using var held = await _locks.EnterAsync(name, cancellationToken).ConfigureAwait(false);
        var written = _unsynced.TryGetValue(name, out var pending) && pending.IsWhole
            ? ReadBack(pending) ?? throw new IOException("An unsynced object's journal record could not be read back.")
            : null;
        var current = written is not null ? written.Content.Length : File.Exists(path) ? new FileInfo(path).Length : 0;
        if (current != expectedLength)
        {
            throw new StorageConflictException("The object's length is not the expected append position.");
        }

        if (written is not null)
        {
            // Written whole and not yet in its file: put it there first, so the append lands after it.
            ObjectFiles.Write(path, written.Content, sync: false);
        }

        // The journal copies the content into its record before CommitAsync returns (no copy of its own here).
        // ConfigureAwait(true): called by the transcript drainer, the file append runs on its low-priority thread
        // (LowPriorityScheduler) rather than on a thread a turn is waiting for; elsewhere it is the thread pool as before.
        // Behind the turns' records in the journal (background): only the transcript drainer appends, and no turn waits for it.
        var (journal, _) = await _journal.CommitAsync(new JournalRecord(JournalRecordKind.Append, name, content, expectedLength), background: true).ConfigureAwait(true);
        ObjectFiles.Append(path, content.Span, expectedLength);
        _unsynced[name] = new Unsynced(null, default, journal, 0);
        _remembered.TryRemove(name, out _);
        return expectedLength + content.Length;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        using var held = await _locks.EnterAsync(name, cancellationToken).ConfigureAwait(false);
        var existed = (_unsynced.TryGetValue(name, out var pending) && pending.IsWhole) || File.Exists(path);
        if (!existed)
        {
            return false;
        }

        // Journaled, so a replay after a crash can never bring back an older version written before the deletion.
        await _journal.CommitAsync(new JournalRecord(JournalRecordKind.Delete, name, ReadOnlyMemory<byte>.Empty)).ConfigureAwait(false);
        _unsynced.TryRemove(name, out _);
        _remembered.TryRemove(name, out _);
        ObjectFiles.Delete(path);

        // Crypto-shredding must not be undone by the journal: earlier versions in it (a wrapped data key) are zeroed.
        _journal.Scrub(name);
        return true;
    }

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(prefix);
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? _root : Path.Combine(_root, prefix[..slash]);
        var found = new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (name, pending) in _unsynced)
        {
            if (pending.IsWhole && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                found[name] = pending.LastModified;
            }
        }

        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
                // ".tmp": a temporary file an earlier version left behind when it crashed mid-write; never an object.
                if (!name.StartsWith(prefix, StringComparison.Ordinal) || found.ContainsKey(name) || name.EndsWith(".tmp", StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    found[name] = File.GetLastWriteTimeUtc(file);
                }
                catch (IOException)
                {
                    // Deleted while listing.
                }
            }
        }

        foreach (var (name, modified) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ObjectInfo(name, modified);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Closes the journal and writes every object into its file, so the next start has nothing to replay.</summary>
    public async ValueTask DisposeAsync()
    {
        await _journal.DisposeAsync().ConfigureAwait(false);
        await CheckpointsDoneAsync().ConfigureAwait(false);
    }

    private async Task<string?> CurrentETagAsync(string name, string path, CancellationToken cancellationToken)
    {
        if (_unsynced.TryGetValue(name, out var pending))
        {
            if (pending.IsWhole)
            {
                return pending.ETag;
            }
        }
        else if (_remembered.TryGetValue(name, out var known))
        {
            return known.ETag;
        }

        return File.Exists(path) ? ETagOf(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) : null;
    }

    private string PathOf(string name)
    {
        ObjectNames.EnsureSafe(name);
        return Path.Combine(_root, name.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>Transcript lines are written once and rarely read: only state and keys are remembered.</summary>
    private void Remember(string name, StoredObject stored)
    {
        if (name.StartsWith(ObjectNames.TranscriptsPrefix, StringComparison.Ordinal))
        {
            return;
        }

        if (_remembered.Count >= MaxRemembered)
        {
            _remembered.Clear();
        }

        _remembered[name] = stored;
    }

    // The ETag only has to change when the content does (it is compared within this process, never published or kept),
    // and no user chooses two versions of an object (most are sealed under a fresh nonce), so a 128-bit
    // non-cryptographic hash is enough and costs a fraction of SHA-256 on every write (README, "CPU per turn, fifth round").
    private static string ETagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(content, hash);
        return "\"" + Convert.ToHexStringLower(hash) + "\"";
    }

    /// <summary>
    /// The object as written in its journal record, or null when the record is gone (checkpointed and deleted) or is no
    /// longer this version (scrubbed by a deletion): only a reader that does not hold the name's lock can meet either.
    /// </summary>
    private StoredObject? ReadBack(Unsynced pending)
    {
        var content = _journal.ReadContent(pending.Journal, pending.Offset);
        return content is not null && ETagOf(content) == pending.ETag ? new StoredObject(content, pending.ETag!, pending.LastModified) : null;
    }

    /// <summary>
    /// A change acknowledged in journal file <c>Journal</c> but not yet synced into its object's file: a whole object
    /// (its ETag and when it was written; its content is the record at <c>Offset</c> in that file), or an append
    /// (<c>ETag</c> null: the object's file is current, only not synced).
    /// </summary>
    private sealed record Unsynced(string? ETag, DateTimeOffset LastModified, long Journal, long Offset)
    {
        public bool IsWhole => ETag is not null;
    }
}
