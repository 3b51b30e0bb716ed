namespace ReportBot.Bot.Storage;

/// <summary>
/// Where state and transcripts live. With neither <see cref="BlobConnectionString"/> nor <see cref="BlobServiceUri"/>
/// set, everything stays on the local disk under <see cref="LocalPath"/> (the embedded default for one machine).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>An Azure Storage connection string (Azurite's for development). Wins over <see cref="BlobServiceUri"/>.</summary>
    public string? BlobConnectionString { get; set; }

    /// <summary>The Blob service address (https://account.blob.core.windows.net) for Azure AD / managed identity.</summary>
    public string? BlobServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty uses DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string Container { get; set; } = "reportbot";

    /// <summary>The local data folder: objects when no Blob storage is configured, and always the transcript outbox.</summary>
    public string LocalPath { get; set; } = ".reportbot-data";

    /// <summary>Base64 of 32 random bytes. Required with Blob storage; generated into <see cref="LocalPath"/> otherwise.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>
    /// Base64 of at least 32 random bytes: the HMAC key of pseudonymous ids and case ids. Required with Blob storage,
    /// kept apart from the key-encryption key so that rotating that key does not change any id. Locally (only) it is
    /// derived from the generated key-encryption key when empty.
    /// </summary>
    public string? PseudonymSecret { get; set; }

    /// <summary>
    /// Local disk only: the size in megabytes at which the object store's journal file is closed and a new one begun;
    /// the closed file's objects are then written into their own files and synced in the background (a checkpoint).
    /// Smaller files checkpoint more often, each with less to write.
    /// </summary>
    public int JournalFileMegabytes { get; set; } = Objects.LocalDiskObjectStore.DefaultJournalFileMegabytes;

    /// <summary>Cases untouched for this many days are erased.</summary>
    public int RetentionDays { get; set; } = 365;

    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    internal bool UsesBlob => !string.IsNullOrWhiteSpace(BlobConnectionString) || !string.IsNullOrWhiteSpace(BlobServiceUri);
}
