using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Objects as block blobs in one container. Preconditions map to If-Match / If-None-Match: * on the upload itself,
/// so two instances can never overwrite each other. Errors that mean "not reachable now" become
/// <see cref="StorageUnavailableException"/> so callers can fall back (transcripts) or answer kindly (state); every
/// outcome is reported to <paramref name="reachability"/> (the health check and the transcript drainer watch it).
/// </summary>
public sealed class BlobObjectStore(BlobContainerClient container, StorageReachability? reachability = null) : IObjectStore
{
    private int _containerReady;

    public async Task<StoredObject?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(name);
        try
        {
            var result = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            reachability?.Reached();
            return new StoredObject(result.Value.Content.ToArray(), result.Value.Details.ETag.ToString(), result.Value.Details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            reachability?.Reached();
            return null;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(name);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions
        {
            Conditions = condition.Kind switch
            {
                WriteConditionKind.IfNotExists => new BlobRequestConditions { IfNoneMatch = ETag.All },
                WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
                _ => null,
            },
        };
        try
        {
            try
            {
                var result = await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
                reachability?.Reached();
                return result.Value.ETag.ToString();
            }
            catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
            {
                // The container was removed (or the emulator restarted empty) since we made it: make it again, once.
                Volatile.Write(ref _containerReady, 0);
                await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
                var result = await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
                reachability?.Reached();
                return result.Value.ETag.ToString();
            }
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 || (e.Status == 404 && condition.Kind == WriteConditionKind.IfMatch))
        {
            reachability?.Reached();
            throw new StorageConflictException(e.Status == 409 ? "The blob already exists." : "The blob was changed or removed by another writer.", e);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    /// <summary>An append blob, appended with If-Append-Position-Equal: one request per append once it exists.</summary>
    public async Task<long> AppendAsync(string name, ReadOnlyMemory<byte> content, long expectedLength, CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(name);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var blob = container.GetAppendBlobClient(name);
        try
        {
            if (expectedLength == 0)
            {
                try
                {
                    await blob.CreateAsync(new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412)
                {
                    // It exists already: the position condition below decides whether this append is still due.
                }
            }

            using var stream = new MemoryStream(content.ToArray(), writable: false);
            var options = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = expectedLength } };
            await blob.AppendBlockAsync(stream, options, cancellationToken).ConfigureAwait(false);
            reachability?.Reached();
            return expectedLength + content.Length;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            reachability?.Reached();
            throw new StorageConflictException("The append blob is not at the expected position.", e);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(name);
        try
        {
            var result = await container.GetBlobClient(name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
            reachability?.Reached();
            return result.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            reachability?.Reached();
            return false;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectNames.EnsureSafe(prefix);
        var pages = container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).AsPages(pageSizeHint: 5000);
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Page<BlobItem> page;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    reachability?.Reached();
                    yield break;
                }

                page = enumerator.Current;
                reachability?.Reached();
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                reachability?.Reached();
                yield break;
            }
            catch (Exception e) when (IsUnavailable(e, cancellationToken))
            {
                throw Unavailable(e);
            }

            foreach (var item in page.Values)
            {
                yield return new ObjectInfo(item.Name, item.Properties.LastModified ?? DateTimeOffset.MinValue);
            }
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _containerReady) == 1)
        {
            return;
        }

        try
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _containerReady, 1);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(e);
        }
    }

    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e switch
        {
            RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
            AggregateException or HttpRequestException or TimeoutException or IOException or OperationCanceledException => true,
            _ => false,
        };

    // The SDK's messages can quote the blob's address; the name holds only digests, but keep the text out anyway.
    private StorageUnavailableException Unavailable(Exception e)
    {
        reachability?.Failed();
        return new("Blob storage is not reachable.", e);
    }
}
