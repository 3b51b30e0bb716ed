namespace ReportBot.Bot.Handoff;

/// <summary>
/// Where the handoff queue, the audit log and the local counsellor accounts live (section <c>Storage</c>): Azure Blob
/// storage when a connection string is set, otherwise the local data folder.
/// </summary>
public sealed class HandoffStorageOptions
{
    public const string Section = "Storage";

    public string LocalPath { get; set; } = ".reportbot-data/";

    public BlobSettings Blob { get; set; } = new();

    public bool UsesBlob => !string.IsNullOrWhiteSpace(Blob.ConnectionString);

    /// <summary>Blob storage: a connection string (Azurite or an account) and the container name.</summary>
    public sealed class BlobSettings
    {
        public string? ConnectionString { get; set; }

        public string Container { get; set; } = "reportbot";
    }
}
