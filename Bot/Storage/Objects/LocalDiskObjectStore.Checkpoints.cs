namespace ReportBot.Bot.Storage.Objects;

/// <summary>Checkpoints: a closed journal file's objects written into their own files, synced, and the file deleted.</summary>
public sealed partial class LocalDiskObjectStore
{
    private readonly SemaphoreSlim _checkpointGate = new(1, 1);
    private readonly List<Task> _checkpoints = [];
    private LowPriorityScheduler? _checkpointThread; // made at the first checkpoint, under _checkpoints

    private void ScheduleCheckpoint(long journal)
    {
        lock (_checkpoints)
        {
            _checkpoints.RemoveAll(t => t.IsCompleted);
            _checkpointThread ??= new LowPriorityScheduler("object checkpoint");
            _checkpoints.Add(Task.Factory.StartNew(() => CheckpointAsync(journal), CancellationToken.None, TaskCreationOptions.DenyChildAttach, _checkpointThread).Unwrap());
        }
    }

    // Everything a closed journal file holds goes into its object's file; the files are synced (outside the names'
    // locks, so turns do not wait for them), and only then does the journal file go. A checkpoint writes and syncs
    // hundreds of files: it runs on a low-priority thread of its own and syncs one file at a time, so it neither blocks
    // thread-pool threads that turns need nor floods the disk that turns' journal commits wait for (README, "Journal
    // checkpoints off the thread pool"). Each file's writeback starts as it is written, so by the syncs most data is on
    // its way and the syncs share the file system's journal commits rather than forcing one per file. The awaits
    // resume on that thread (ConfigureAwait(true)).
    private async Task CheckpointAsync(long journal)
    {
        await _checkpointGate.WaitAsync().ConfigureAwait(true);
        try
        {
            var written = new List<string>();
            // The names come from the journal's own index, not from the unsynced writes: the batch that filled the file
            // (and closed it) may hold writes whose callers have not yet recorded them as unsynced. Each such writer
            // holds its name's lock until it has, so waiting for the lock below means finding its write; a checkpoint
            // that listed the unsynced writes could delete the file without writing that object, and a crash then lost
            // an acknowledged write (JournalCheckpointTests). Every unsynced write is in the index until its checkpoint.
            foreach (var name in _journal.NamesUpTo(journal))
            {
                // Taken only when free, so this low-priority thread never holds a name's lock while it waits for a core:
                // a turn saving that conversation would wait for it (a lock granted to a waiter is held before its
                // continuation runs). A busy name is tried again a millisecond later.
                IDisposable? taken;
                while (!_locks.TryEnter(name, out taken))
                {
                    await Task.Delay(1).ConfigureAwait(true);
                }

                using var held = taken;
                if (!_unsynced.TryGetValue(name, out var pending) || pending.Journal > journal)
                {
                    continue;
                }

                var path = PathOf(name);
                if (pending.IsWhole)
                {
                    // Its journal file is deleted only below, once every object of it is written: under the lock, the
                    // record is there and is this version.
                    var latest = ReadBack(pending) ?? throw new IOException("An unsynced object's journal record could not be read back.");
                    ObjectFiles.Write(path, latest.Content, sync: false, startWriteback: true);
                    Remember(name, latest);
                }
                else
                {
                    ObjectFiles.StartWriteback(path); // appended in place: its new bytes are in the page cache
                }

                written.Add(path);
                _unsynced.TryRemove(name, out _);
            }

            foreach (var path in written)
            {
                ObjectFiles.Sync(path);
            }

            _journal.Forget(journal);
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_journal.PathOf(0))!, "*.wal"))
            {
                if (long.TryParse(Path.GetFileNameWithoutExtension(file), out var n) && n <= journal)
                {
                    File.Delete(file);
                }
            }
        }
        finally
        {
            _checkpointGate.Release();
        }
    }

    // After the journal is closed: waits for every checkpoint (the last one included) and ends their thread.
    private async Task CheckpointsDoneAsync()
    {
        Task[] running;
        lock (_checkpoints)
        {
            running = [.. _checkpoints];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        lock (_checkpoints)
        {
            _checkpointThread?.Dispose();
        }
    }
}
