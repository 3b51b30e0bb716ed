namespace ReportBot.Tests.Storage;

/// <summary>The storage contract on the embedded local-disk default.</summary>
public sealed class LocalDiskStorageContractTests : StorageContract
{
    protected override Dictionary<string, string?> NewSettings() => StorageStack.NewSettings();
}
