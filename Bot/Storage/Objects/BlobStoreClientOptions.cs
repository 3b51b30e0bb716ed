using Azure.Core;
using Azure.Storage.Blobs;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// The settings of the bot's one Blob client (registered as a singleton <see cref="BlobClientOptions"/>, so a benchmark
/// or test can add a counting policy to the client the bot really uses).
/// </summary>
public static class BlobStoreClientOptions
{
    public static BlobClientOptions Create()
    {
        var options = new BlobClientOptions();
        // Fail fast when storage is down: the transcript outbox and the kind "try again" answer take over.
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
