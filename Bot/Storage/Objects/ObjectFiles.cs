namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// The file operations of <see cref="LocalDiskObjectStore"/>: objects written into place, appended, deleted and
/// synced, and the replay of what a crash left in its journal.
/// </summary>
internal static class ObjectFiles
{
    // Applies what a crash left in the journal, in order, syncs the touched files and removes the journal.
    public static long Recover(string journalFolder, Func<string, string> pathOf)
    {
        var (records, files) = ObjectJournal.Replay(journalFolder);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var path = pathOf(record.Name);
            switch (record.Kind)
            {
                case JournalRecordKind.Put:
                    Write(path, record.Content.Span, sync: false);
                    touched.Add(path);
                    break;
                case JournalRecordKind.Append:
                    Append(path, record.Content.Span, record.Offset);
                    touched.Add(path);
                    break;
                case JournalRecordKind.Delete:
                    Delete(path);
                    touched.Remove(path);
                    break;
            }
        }

        Parallel.ForEach(touched, new ParallelOptions { MaxDegreeOfParallelism = 8 }, Sync);

        foreach (var number in files)
        {
            File.Delete(Path.Combine(journalFolder, number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + ".wal"));
        }

        return files.Count == 0 ? 0 : files[^1];
    }

    /// <summary>
    /// Overwrites the object's bytes with zeros, syncs, then unlinks it: a wrapped data key or a sealed message does
    /// not stay in the freed blocks of a file system that writes in place. (Copy-on-write file systems and an SSD's
    /// wear levelling may still keep old blocks: that is what crypto-shredding is for.)
    /// </summary>
    public static void Delete(string path)
    {
        try
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                var zeros = new byte[(int)Math.Min(Math.Max(file.Length, 1), 64 * 1024)];
                for (var left = file.Length; left > 0; left -= zeros.Length)
                {
                    file.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
                }

                file.Flush(flushToDisk: true);
            }

            File.Delete(path);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // Never on disk (the object lived only in the journal), or already gone.
        }
    }

    /// <param name="startWriteback">Start writing it to the disk without waiting (a checkpoint, which syncs later).</param>
    public static void Write(string path, ReadOnlySpan<byte> content, bool sync, bool startWriteback = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        file.Write(content);
        if (sync)
        {
            file.Flush(flushToDisk: true);
        }
        else if (startWriteback)
        {
            file.Flush(flushToDisk: false);
            FileSync.StartWriteback(file.SafeFileHandle);
        }
    }

    /// <summary>Starts writing what was appended to the file to the disk, without waiting (<see cref="FileSync.StartWriteback"/>).</summary>
    public static void StartWriteback(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            FileSync.StartWriteback(file.SafeFileHandle);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted since (journaled deletion): nothing to keep.
        }
    }

    public static void Append(string path, ReadOnlySpan<byte> content, long offset)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        file.SetLength(offset);
        file.Position = offset;
        file.Write(content);
    }

    public static void Sync(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            file.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted since (journaled deletion): nothing to keep.
        }
    }
}
