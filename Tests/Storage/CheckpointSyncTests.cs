using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A journal checkpoint makes the files it wrote durable together (one flush of the device on ext4 and XFS, one sync a
/// file elsewhere); an object deleted while the checkpoint ran (a journaled deletion) is passed over, not an error.
/// </summary>
public sealed class CheckpointSyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("checkpoint-sync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_files_of_a_checkpoint_are_synced_together_and_one_deleted_meanwhile_is_passed_over(bool deviceWide)
    {
        var paths = Enumerable.Range(0, 4).Select(i => Path.Combine(_folder, "state", $"case{i}")).ToList();
        for (var i = 0; i < paths.Count; i++)
        {
            ObjectFiles.Write(paths[i], Enumerable.Repeat((byte)(i + 1), 5000).ToArray(), sync: false, startWriteback: true);
        }

        File.Delete(paths[1]);
        ObjectFiles.SyncAll(paths, deviceWide);

        Assert.False(File.Exists(paths[1]));
        foreach (var i in new[] { 0, 2, 3 })
        {
            Assert.Equal(Enumerable.Repeat((byte)(i + 1), 5000), File.ReadAllBytes(paths[i]));
        }
    }
}
