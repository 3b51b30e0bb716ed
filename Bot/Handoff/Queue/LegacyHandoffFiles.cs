using System.Globalization;
using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// A one-time import of what the local-folder queue and audit log wrote before both moved onto
/// <see cref="IObjectStore"/>: <c>{LocalPath}/handoffs/{id}.json</c>, <c>handoffs-open/{id}</c>,
/// <c>handoffs-presence/{digest}.json</c> and <c>audit/yyyy-MM-dd/{entry}.json</c>. Each file goes into the store under
/// the name the Blob classes always used, bytes unchanged (the same JSON, sealed fields still sealed), written only if
/// absent so a run that stopped half-way is simply run again; a file is removed only after the store acknowledged it.
/// Files of another shape are left where they are. With Blob storage there is nothing to import (those classes never
/// read the local folder), so <c>localRoot</c> is null.
/// </summary>
public sealed class LegacyHandoffFiles(IObjectStore store, string? localRoot, ILogger<LegacyHandoffFiles> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done = localRoot is null;

    /// <summary>Imports once per process, before the queue or the audit log is first used; a failed import is tried again on the next use.</summary>
    public async Task ImportOnceAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                var imported = await ImportAsync(localRoot!, cancellationToken).ConfigureAwait(false);
                if (imported > 0)
                {
                    HandoffLog.LegacyFilesImported(logger, imported);
                }

                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> ImportAsync(string root, CancellationToken cancellationToken)
    {
        var handoffs = Path.Combine(root, "handoffs");
        var open = Path.Combine(root, "handoffs-open");
        var presence = Path.Combine(root, "handoffs-presence");
        var audit = Path.Combine(root, "audit");
        var imported = await MoveAsync(handoffs, file => IdOf(file, ".json") is { } id ? HandoffObjectNames.Record(id) : null, cancellationToken).ConfigureAwait(false);
        imported += await MoveAsync(open, file => HandoffIds.IsValid(file) ? HandoffObjectNames.Open(file) : null, cancellationToken).ConfigureAwait(false);
        imported += await MoveAsync(presence, file => file.EndsWith(".json", StringComparison.Ordinal) && file[..^5] is var digest && HandoffObjectNames.IsPresenceDigest(digest)
            ? HandoffObjectNames.PresencePrefix + digest : null, cancellationToken).ConfigureAwait(false);
        foreach (var folder in Directory.Exists(audit) ? Directory.GetDirectories(audit) : [])
        {
            if (DateTime.TryParseExact(Path.GetFileName(folder), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                imported += await MoveAsync(folder, file => AuditNames.IsEntryName(file) ? AuditNames.Folder(day) + file : null, cancellationToken).ConfigureAwait(false);
                RemoveIfEmpty(folder);
            }
        }

        // The old queue's lock files, and temporary files of a write that never finished (so never acknowledged).
        foreach (var leftover in Directory.Exists(handoffs) ? Directory.GetFiles(handoffs) : [])
        {
            if (leftover.EndsWith(".lock", StringComparison.Ordinal) || leftover.EndsWith(".tmp", StringComparison.Ordinal))
            {
                File.Delete(leftover);
            }
        }

        foreach (var folder in new[] { handoffs, open, presence, audit })
        {
            RemoveIfEmpty(folder);
        }

        return imported;
    }

    private async Task<int> MoveAsync(string folder, Func<string, string?> nameOf, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
        {
            if (nameOf(Path.GetFileName(file)) is not { } name)
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            try
            {
                await store.WriteAsync(name, content, WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException)
            {
                // Imported by an earlier run that stopped before it removed the file.
            }

            File.Delete(file);
            moved++;
        }

        return moved;
    }

    private static string? IdOf(string file, string extension) =>
        file.EndsWith(extension, StringComparison.Ordinal) && file[..^extension.Length] is var id && HandoffIds.IsValid(id) ? id : null;

    private static void RemoveIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
