namespace ReportBot.Tests.Support;

/// <summary>One Azurite shared by a test class; each test uses its own container.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteInstance Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await AzuriteInstance.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();

    /// <summary>A fresh, valid container name.</summary>
    public static string NewContainer() => "t" + Guid.NewGuid().ToString("N")[..20];
}
