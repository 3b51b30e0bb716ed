using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Audit;

/// <summary>The audit log in Blob storage: one create-only blob per entry under <c>audit/yyyy/MM/dd/</c>.</summary>
public sealed class BlobAuditLog(BlobContainerClient container) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var name = "audit/" + entry.At.UtcDateTime.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + AuditNames.For(entry);
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(HandoffJson.Serialize(entry)),
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
            cancellationToken).ConfigureAwait(false);
    }
}
