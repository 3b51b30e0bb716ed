using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>The storage contract on Azure Blob storage (a real Azurite, a fresh container per test).</summary>
[Slow]
public sealed class AzuriteStorageContractTests(AzuriteFixture fixture) : StorageContract, IClassFixture<AzuriteFixture>
{
    protected override Dictionary<string, string?> NewSettings() => StorageStack.NewSettings(fixture.Azurite);
}
