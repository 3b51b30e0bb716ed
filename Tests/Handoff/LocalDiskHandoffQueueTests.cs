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
