using System.Diagnostics;
using System.Security.Cryptography;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// On the local disk, deleting an object (a data key when a case is erased) overwrites its bytes before the file is
/// unlinked. A second hard link to the same file, made before the deletion, shows what is left on disk: zeros.
/// </summary>
[Slow]
public sealed class ObjectFileOverwriteTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("object-overwrite-").FullName;

    [Fact]
    public void A_deleted_object_file_leaves_only_zeros_on_disk()
    {
        var path = Path.Combine(_folder, "objects", "keys", "case1");
        var secret = RandomNumberGenerator.GetBytes(100_000);
        ObjectFiles.Write(path, secret, sync: true);
        var link = Path.Combine(_folder, "link");
        using (var ln = Process.Start(new ProcessStartInfo("ln", [path, link]) { UseShellExecute = false })!)
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        ObjectFiles.Delete(path);

        Assert.False(File.Exists(path));
        var left = File.ReadAllBytes(link);
        Assert.Equal(secret.Length, left.Length);
        Assert.True(left.All(b => b == 0), "the deleted object's bytes are still on disk");
    }

    [Fact]
    public void Deleting_an_object_that_never_reached_the_disk_is_quiet()
    {
        ObjectFiles.Delete(Path.Combine(_folder, "objects", "never", "there"));
        ObjectFiles.Delete(Path.Combine(_folder, "missing"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
