using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace ReportBot.Bot.Storage;

/// <summary>
/// The embedded default: one file per object under <c>{LocalPath}/objects</c>. Writes go to a temporary file that is
/// flushed to disk and renamed over the old one, so a crash leaves the old or the new version, never half of one.
/// The ETag is a digest of the content (every write carries a fresh nonce, so every version differs). Preconditions
/// are enforced with per-name locks: one process owns a data folder; several instances need Blob storage.
/// Because one process owns the folder, the last version read or written of each state and key object is kept
/// in memory (bounded), so a turn does not read its state file back from disk, nor again to check its ETag.
/// </summary>
public sealed class LocalDiskObjectStore : IObjectStore
{
    private readonly string _root;
    private const int MaxRemembered = 4096;
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly ConcurrentDictionary<string, StoredObject> _remembered = new(StringComparer.Ordinal);

    public LocalDiskObjectStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task<StoredObject?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (_remembered.TryGetValue(name, out var known))
        {
            return known with { Content = known.Content.ToArray() };
        }

        // Under the name's lock, so a read that misses cannot put back an older version than a write just made.
        var gate = LockFor(name);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
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
        finally
        {
            gate.Release();
        }
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        var gate = LockFor(name);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (condition.Kind != WriteConditionKind.None)
            {
                var current = _remembered.TryGetValue(name, out var known)
                    ? known.ETag
                    : File.Exists(path) ? ETagOf(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) : null;
                if (condition.Kind == WriteConditionKind.IfNotExists && current is not null)
                {
                    throw new StorageConflictException("The object already exists.");
                }

                if (condition.Kind == WriteConditionKind.IfMatch && current != condition.ETag)
                {
                    throw new StorageConflictException(current is null ? "The object no longer exists." : "The object was changed by another writer.");
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            var etag = ETagOf(content.Span);
            Remember(name, new StoredObject(content.ToArray(), etag, DateTimeOffset.UtcNow));
            return etag;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        var gate = LockFor(name);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _remembered.TryRemove(name, out _);
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(prefix);
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? _root : Path.Combine(_root, prefix[..slash]);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var names = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = PathOf(name);
            if (File.Exists(path))
            {
                yield return new ObjectInfo(name, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
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

    private SemaphoreSlim LockFor(string name) => _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(name) % (uint)_locks.Length)];

    private static string ETagOf(ReadOnlySpan<byte> content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content)[..16]) + "\"";
}
