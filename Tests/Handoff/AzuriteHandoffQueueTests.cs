using Azure.Storage.Blobs.Models;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Handoff;

/// <summary>The handoff storage contract on Azure Blob storage (a real Azurite, a fresh container per test).</summary>
[Slow]
public sealed class AzuriteHandoffQueueTests(AzuriteFixture fixture) : HandoffQueueContract, IClassFixture<AzuriteFixture>
{
    private readonly string _container = AzuriteFixture.NewContainer();

    protected override Task<IObjectStore> CreateStoreAsync() =>
        Task.FromResult<IObjectStore>(new BlobObjectStore(fixture.Azurite.Container(_container)));

    // A second client of the same container, as a second instance behind the load balancer has.
    protected override Task<IObjectStore> SameStoreElsewhereAsync() => CreateStoreAsync();

    [Fact]
    public async Task A_presence_mark_the_blob_queue_kept_in_metadata_still_counts_from_when_it_was_written()
    {
        var container = fixture.Azurite.Container(_container);
        await container.CreateIfNotExistsAsync();
        var now = DateTimeOffset.UtcNow;
        // What BlobHandoffQueue wrote: "{}" with the time in metadata, named by the digest of the counsellor id.
        await container.GetBlobClient("handoffs-presence/" + HandoffJson.NameFor("mina")).UploadAsync(
            BinaryData.FromString("{}"),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["seenat"] = now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
        var queue = await CreateQueueAsync();

        Assert.Equal(1, await queue.CountPresentAsync(now.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(0, await queue.CountPresentAsync(now.AddMinutes(2), CancellationToken.None));

        // The console's next refresh rewrites it in the store's format, under the same name.
        await queue.TouchPresenceAsync("mina", now.AddMinutes(5), CancellationToken.None);
        Assert.Equal(1, await queue.CountPresentAsync(now.AddMinutes(2), CancellationToken.None));
        Assert.Single(container.GetBlobs(BlobTraits.None, BlobStates.None, "handoffs-presence/", CancellationToken.None));
    }
}
