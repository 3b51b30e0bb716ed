using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Handoff;

/// <summary>The handoff storage contract on the embedded local-disk object store (one process owns its data folder).</summary>
public sealed class LocalDiskHandoffQueueTests : HandoffQueueContract, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handoff-local-").FullName;
    private LocalDiskObjectStore? _store;

    protected override Task<IObjectStore> CreateStoreAsync() =>
        Task.FromResult<IObjectStore>(_store ??= new LocalDiskObjectStore(Path.Combine(_folder, "objects")));

    // Another instance on the same data folder is this process's own store: only Blob storage is shared between processes.
    protected override Task<IObjectStore> SameStoreElsewhereAsync() => CreateStoreAsync();

    [Fact]
    public async Task A_thread_emptied_by_a_delete_that_stopped_long_ago_can_be_created_again()
    {
        var thread = Waiting() with { Status = HandoffStatus.Message, IsThread = true };
        var name = "handoffs/" + thread.Id + ".json";
        await using (var store = new LocalDiskObjectStore(Path.Combine(_folder, "objects")))
        {
            // The first step of a delete; then the process stopped.
            await store.WriteAsync(name, ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists, CancellationToken.None);
        }

        var file = Path.Combine(_folder, "objects", "handoffs", thread.Id + ".json");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow - StoredHandoffQueue.AbandonedDelete - TimeSpan.FromMinutes(1));
        var queue = await CreateQueueAsync();

        Assert.True(await queue.TryCreateAsync(thread, CancellationToken.None));
        Assert.Equal(HandoffStatus.Message, (await queue.GetAsync(thread.Id, CancellationToken.None))!.Record.Status);
        Assert.Contains(await queue.ListOpenAsync(CancellationToken.None), s => s.Record.Id == thread.Id);
        Assert.False(await queue.TryCreateAsync(thread, CancellationToken.None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
