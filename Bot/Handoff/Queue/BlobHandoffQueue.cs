using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// The handoff queue in Azure Blob storage: one blob per handoff under <c>handoffs/</c>. A new handoff is uploaded
/// with If-None-Match: *, every change with If-Match: the ETag that was read, so when two instances write at once
/// the storage service lets exactly one through and answers the other 412.
/// </summary>
public sealed class BlobHandoffQueue : IHandoffQueue
{
    private const string HandoffPrefix = "handoffs/";
    private const string PresencePrefix = "handoffs-presence/";
    private const string OpenPrefix = "handoffs-open/";
    private const string SeenAtKey = "seenat";
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public BlobHandoffQueue(BlobContainerClient container)
    {
        _container = container;
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync());
    }

    public async Task<bool> TryCreateAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await IndexAsync(record, cancellationToken).ConfigureAwait(false);
        try
        {
            await Blob(record.Id).UploadAsync(
                BinaryData.FromBytes(HandoffJson.Serialize(record with { Version = 1 })),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = JsonHeaders },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<StoredHandoff?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            var download = await Blob(id).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new StoredHandoff(HandoffJson.Deserialize<HandoffRecord>(download.Value.Content.ToMemory().Span), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListAsync(CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var result = new List<StoredHandoff>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = HandoffPrefix }, cancellationToken).ConfigureAwait(false))
        {
            var id = Path.GetFileNameWithoutExtension(item.Name);
            if (HandoffIds.IsValid(id) && await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                result.Add(stored);
            }
        }

        return result;
    }

    public async Task<string?> TryReplaceAsync(HandoffRecord record, string etag, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await IndexAsync(record, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await Blob(record.Id).UploadAsync(
                BinaryData.FromBytes(HandoffJson.Serialize(record with { Version = record.Version + 1 })),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = new ETag(etag) }, HttpHeaders = JsonHeaders },
                cancellationToken).ConfigureAwait(false);
            if (!record.IsListed)
            {
                await Marker(record.Id).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    public async Task<bool> TryDeleteAsync(string id, string etag, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            await Blob(id).DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = new ETag(etag) }, cancellationToken).ConfigureAwait(false);
            await Marker(id).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredHandoff>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var ids = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = OpenPrefix }, cancellationToken).ConfigureAwait(false))
        {
            var id = item.Name[OpenPrefix.Length..];
            if (HandoffIds.IsValid(id))
            {
                ids.Add(id);
            }
        }

        var result = new List<StoredHandoff>();
        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { Record.IsListed: true } stored)
            {
                result.Add(stored);
            }
        }

        return result;
    }

    public async Task TouchPresenceAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await _container.GetBlobClient(PresencePrefix + HandoffJson.NameFor(counsellorId)).UploadAsync(
            BinaryData.FromString("{}"),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { [SeenAtKey] = at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountPresentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var count = 0;
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = PresencePrefix, Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
        {
            if (item.Metadata.TryGetValue(SeenAtKey, out var ticks) && long.TryParse(ticks, out var value) && value >= since.UtcTicks)
            {
                count++;
            }
        }

        return count;
    }

    private async Task IndexAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        if (record.IsListed)
        {
            await Marker(record.Id).UploadAsync(BinaryData.Empty, overwrite: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private BlobClient Marker(string id) =>
        HandoffIds.IsValid(id) ? _container.GetBlobClient(OpenPrefix + id) : throw new ArgumentException("Not a handoff id.", nameof(id));

    private BlobClient Blob(string id) =>
        HandoffIds.IsValid(id) ? _container.GetBlobClient(HandoffPrefix + id + ".json") : throw new ArgumentException("Not a handoff id.", nameof(id));

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };
}
