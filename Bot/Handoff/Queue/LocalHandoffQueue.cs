using System.Security.Cryptography;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The handoff queue in a local folder (the default when no Blob storage is configured). One file per handoff; a
/// change takes an exclusive lock on the handoff's lock file (an OS file lock, so it holds across processes too),
/// compares the ETag (a hash of the file), writes a temporary file and renames it over the old one, so a reader
/// never sees half a document.
/// </summary>
public sealed class LocalHandoffQueue : IHandoffQueue
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private readonly string _handoffs;
    private readonly string _presence;
    private readonly string _open;

    public LocalHandoffQueue(string root)
    {
        _handoffs = Path.Combine(root, "handoffs");
        _presence = Path.Combine(root, "handoffs-presence");
        _open = Path.Combine(root, "handoffs-open");
        Directory.CreateDirectory(_handoffs);
        Directory.CreateDirectory(_presence);
        Directory.CreateDirectory(_open);
    }

    public async Task<bool> TryCreateAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        var path = PathFor(record.Id);
        await using var held = await LockAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (File.Exists(path))
        {
            return false;
        }

        Index(record);
        await WriteAtomicallyAsync(path, HandoffJson.Serialize(record with { Version = 1 }), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<StoredHandoff?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathFor(id);
        var bytes = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : new StoredHandoff(HandoffJson.Deserialize<HandoffRecord>(bytes), ETagOf(bytes));
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<StoredHandoff>();
        foreach (var file in Directory.EnumerateFiles(_handoffs, "*.json"))
        {
            var bytes = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (bytes is not null)
            {
                result.Add(new StoredHandoff(HandoffJson.Deserialize<HandoffRecord>(bytes), ETagOf(bytes)));
            }
        }

        return result;
    }

    public async Task<string?> TryReplaceAsync(HandoffRecord record, string etag, CancellationToken cancellationToken)
    {
        var path = PathFor(record.Id);
        await using var held = await LockAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (current is null || ETagOf(current) != etag)
        {
            return null;
        }

        var previous = HandoffJson.Deserialize<HandoffRecord>(current);
        var bytes = HandoffJson.Serialize(record with { Version = previous.Version + 1 });
        Index(record);
        await WriteAtomicallyAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        Unindex(record);
        return ETagOf(bytes);
    }

    public async Task<bool> TryDeleteAsync(string id, string etag, CancellationToken cancellationToken)
    {
        var path = PathFor(id);
        await using (var held = await LockAsync(id, cancellationToken).ConfigureAwait(false))
        {
            var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (current is null || ETagOf(current) != etag)
            {
                return false;
            }

            File.Delete(path);
            File.Delete(Path.Combine(_open, id));
        }

        return true;
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var result = new List<StoredHandoff>();
        foreach (var marker in Directory.EnumerateFiles(_open))
        {
            var id = Path.GetFileName(marker);
            if (HandoffIds.IsValid(id) && await GetAsync(id, cancellationToken).ConfigureAwait(false) is { Record.IsListed: true } stored)
            {
                result.Add(stored);
            }
        }

        return result;
    }

    public async Task TouchPresenceAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_presence, HandoffJson.NameFor(counsellorId) + ".json");
        await WriteAtomicallyAsync(path, HandoffJson.Serialize(new PresenceMark(at)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountPresentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(_presence, "*.json"))
        {
            var bytes = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (bytes is not null && HandoffJson.Deserialize<PresenceMark>(bytes).SeenAt >= since)
            {
                count++;
            }
        }

        return count;
    }

    private void Index(HandoffRecord record)
    {
        if (record.IsListed)
        {
            File.WriteAllBytes(Path.Combine(_open, record.Id), []);
        }
    }

    private void Unindex(HandoffRecord record)
    {
        if (!record.IsListed)
        {
            File.Delete(Path.Combine(_open, record.Id));
        }
    }

    private string PathFor(string id) =>
        HandoffIds.IsValid(id) ? Path.Combine(_handoffs, id + ".json") : throw new ArgumentException("Not a handoff id.", nameof(id));

    private async Task<FileStream> LockAsync(string id, CancellationToken cancellationToken)
    {
        var lockPath = Path.Combine(_handoffs, id + ".lock");
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Random.Shared.Next(5, 25), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private static string ETagOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..32];

    private sealed record PresenceMark(DateTimeOffset SeenAt);
}
