using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// fsync and fdatasync on a file handle. On Linux fdatasync skips the inode when only its times changed, which is what
/// a write into zeros already on disk changes (<see cref="PreallocatedFile"/>); elsewhere both are a full flush.
/// </summary>
internal static class FileSync
{
    private static readonly bool Native = OperatingSystem.IsLinux();

    /// <summary>Makes the data written so far durable, and the metadata needed to read it back (a size or block map change).</summary>
    public static void Data(SafeFileHandle handle, FileStream fallback)
    {
        if (Native)
        {
            Check(FDataSync(handle), fallback);
        }
        else
        {
            fallback.Flush(flushToDisk: true);
        }
    }

    /// <summary>Makes the data and every change of the file's metadata durable.</summary>
    public static void Full(SafeFileHandle handle, FileStream fallback)
    {
        if (Native)
        {
            Check(FSync(handle), fallback);
        }
        else
        {
            fallback.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Starts writing the file's dirty pages to the disk and returns without waiting (Linux; nothing elsewhere). Many
    /// files started this way before any of them is synced are allocated and written together, so their syncs share
    /// the file system's journal commits instead of forcing one each.
    /// </summary>
    public static void StartWriteback(SafeFileHandle handle)
    {
        if (Native)
        {
            // Best effort: the sync that follows is what makes the data durable, and reports any failure.
            _ = SyncFileRange(handle, 0, 0, SyncFileRangeWrite);
        }
    }

    /// <summary>
    /// Writes the file's dirty pages to the disk and waits until the disk has them (Linux), without flushing the disk's
    /// write cache and without any metadata: durable only for overwrites of blocks already allocated and synced, and
    /// only once a later flush of the same device has completed (<see cref="DeviceFlushes"/>). Elsewhere a full flush.
    /// </summary>
    public static void WriteAndWait(SafeFileHandle handle, FileStream fallback)
    {
        if (Native)
        {
            Check(SyncFileRange(handle, 0, 0, SyncFileRangeWaitBefore | SyncFileRangeWrite | SyncFileRangeWaitAfter), fallback);
        }
        else
        {
            fallback.Flush(flushToDisk: true);
        }
    }

    private static void Check(int result, FileStream file)
    {
        if (result != 0)
        {
            // EIO after a failed writeback, ENOSPC, EROFS: the caller fails the batch; nothing is acknowledged.
            throw new IOException($"Syncing {Path.GetFileName(file.Name)} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    // DllImport rather than LibraryImport: the signatures are blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static extern int FDataSync(SafeFileHandle fd);

    private const uint SyncFileRangeWaitBefore = 1;
    private const uint SyncFileRangeWrite = 2;
    private const uint SyncFileRangeWaitAfter = 4;

    [DllImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static extern int SyncFileRange(SafeFileHandle fd, long offset, long count, uint flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FSync(SafeFileHandle fd);
}
