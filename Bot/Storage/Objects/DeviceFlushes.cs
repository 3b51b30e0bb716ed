using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Which writes a device flush has made durable, for the files of one block device. A write that was written to the
/// device and waited for, but not flushed (<see cref="FileSync.WriteAndWait"/>: overwriting blocks already allocated and
/// synced, so no metadata is involved), is durable once any later fdatasync or fsync of a file on the same device has
/// completed: that sync ends with a flush of the device's write cache, which takes every write the device completed
/// before it. A turn's state record and its transcript lines are written to two files of the data folder; with this,
/// the lines' sync makes both durable and the turn waits for one flush instead of two (<see cref="TurnDurability"/>).
/// </summary>
internal sealed class DeviceFlushes
{
    private static readonly ConcurrentDictionary<ulong, DeviceFlushes> Devices = new();
    private long _written;
    private long _flushedThrough;
    private long _flushes;

    // The file systems whose fdatasync ends with a flush of the whole device's write cache (ext2/3/4, XFS), so a sync of
    // one file makes the completed writes of another durable. Elsewhere (a network share, whose sync commits one file's
    // writes on the server; overlay and other file systems not checked) every commit flushes for itself.
    private static readonly long[] DeviceWideSync = [0xEF53, 0x58465342];

    /// <summary>
    /// The tracker of the device <paramref name="folder"/> is on, or null when that cannot be told or its syncs are not
    /// known to flush the whole device (not Linux, another file system): then every commit flushes, as before.
    /// </summary>
    public static DeviceFlushes? Of(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct statfs begins with f_type and struct stat with st_dev (8 bytes each on x86-64 and arm64); the buffer
        // is larger than either struct.
        var buffer = new byte[512];
        try
        {
            if (StatFs(folder, buffer) != 0 || Array.IndexOf(DeviceWideSync, BitConverter.ToInt64(buffer, 0)) < 0)
            {
                return null;
            }

            if (Stat(folder, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        return Devices.GetOrAdd(BitConverter.ToUInt64(buffer, 0), _ => new DeviceFlushes());
    }

    /// <summary>How many flushes were recorded (what the durability tests count).</summary>
    public long Flushes => Volatile.Read(ref _flushes);

    /// <summary>The ticket of the latest write that waited for a flush.</summary>
    public long LastTicket => Volatile.Read(ref _written);

    /// <summary>
    /// Called once a write was written to the device and waited for: its ticket, which <see cref="Covers"/> is true of
    /// once a flush that began after now has completed.
    /// </summary>
    public long Written() => Interlocked.Increment(ref _written);

    /// <summary>Called just before a flush (fdatasync, fsync) begins: what it will cover.</summary>
    public long FlushBegins() => Volatile.Read(ref _written);

    /// <summary>Called once a flush that began when <see cref="FlushBegins"/> returned <paramref name="covered"/> has completed.</summary>
    public void Flushed(long covered)
    {
        Interlocked.Increment(ref _flushes);
        var seen = Volatile.Read(ref _flushedThrough);
        while (covered > seen)
        {
            var was = Interlocked.CompareExchange(ref _flushedThrough, covered, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }

    /// <summary>True once the write with <paramref name="ticket"/> is durable.</summary>
    public bool Covers(long ticket) => Volatile.Read(ref _flushedThrough) >= ticket;

    [DllImport("libc", EntryPoint = "statfs", SetLastError = true)]
    private static extern int StatFs([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
