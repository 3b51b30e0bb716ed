using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Options;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage;

/// <summary>Registers private, durable storage: encrypted state, pseudonymous ids, redacted transcripts, erasure, retention.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddReportBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KeyMaterial>();
        services.AddSingleton<Pseudonymizer>();
        services.AddSingleton<IValidateOptions<StorageOptions>, SharedSecretsValidation>();
        services.TryAddSingleton(_ => BlobStoreClientOptions.Create());
        services.AddSingleton<StorageReachability>();
        services.AddSingleton<IObjectStore>(CreateObjectStore);
        services.AddSingleton<DataKeyStore>();
        services.AddSingleton<StateCache>();
        services.AddSingleton<EncryptedBotStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<EncryptedBotStorage>());

        services.AddSingleton<Redactor>();
        services.AddHostedService<RedactorWarmUp>();
        services.AddSingleton<TranscriptActivitySanitizer>();
        services.TryAddSingleton<IContactSharingConsent, NoContactSharingConsent>();
        services.AddSingleton<TranscriptClock>();
        services.AddSingleton<TranscriptOutbox>();
        services.AddSingleton<TranscriptOutboxDrainer>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptOutboxDrainer>());
        services.AddSingleton<TranscriptReader>();
        services.AddSingleton<ITranscriptStore, StoredTranscriptStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        services.AddSingleton<ConsistentTurnRunner>();
        services.AddSingleton<ErasureLog>();
        services.AddSingleton<ErasureRecords>();
        services.AddSingleton<ConversationDataEraser>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, StorageDataEraser>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());

        // Its middleware (pseudonymous ids, then transcripts) is in the composition root's middleware list.
        return services;
    }

    private static IObjectStore CreateObjectStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Storage");
        if (!options.UsesBlob)
        {
            var folder = Path.Combine(Path.GetFullPath(options.LocalPath), "objects");
            StorageLog.StorageSelected(logger, "local disk", folder);
            return new LocalDiskObjectStore(folder, options.JournalFileMegabytes);
        }

        var clientOptions = services.GetRequiredService<BlobClientOptions>();

        BlobServiceClient client;
        if (!string.IsNullOrWhiteSpace(options.BlobConnectionString))
        {
            client = new BlobServiceClient(options.BlobConnectionString, clientOptions);
            StorageLog.StorageSelected(logger, "Azure Blob storage (connection string)", options.Container);
        }
        else
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            client = new BlobServiceClient(new Uri(options.BlobServiceUri!), credential, clientOptions);
            StorageLog.StorageSelected(logger, "Azure Blob storage (Azure AD)", options.Container);
        }

        return new BlobObjectStore(client.GetBlobContainerClient(options.Container), services.GetRequiredService<StorageReachability>());
    }
}
