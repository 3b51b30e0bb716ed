using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A new conversation's data key is created with one create-only write (no read that finds nothing first), and a key
/// that already exists is never replaced: replacing it would make everything sealed with it unreadable.
/// </summary>
[Slow]
public sealed class DataKeyCreationTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_conversations_first_turn_on_Blob_storage_reads_its_state_once_and_writes_key_and_state()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var (settings, counter, container) = Counted(azurite);
        await using var bot = await RunningBot.StartAsync(settings, services => services.AddSingleton<IObjectStore>(new BlobObjectStore(container)));

        // Another conversation first, so the container exists, as it does on a bot that has served anyone.
        Assert.NotEmpty(await bot.SendAsync("someone-else", "hello"));
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(CancellationToken.None);
        counter.Clear();

        Assert.NotEmpty(await bot.SendAsync("brand-new", "hello"));

        var onTurnPath = counter.Requests.Where(r => !r.Contains(" transcripts/", StringComparison.Ordinal)).Select(r => r.Split('/')[0]).ToList();
        Assert.Equal(["GET state", "PUT keys", "PUT state"], onTurnPath);

        // The key it made is the one the transcript is sealed with: the conversation reads back.
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(CancellationToken.None);
        var stored = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", "brand-new", CancellationToken.None);
        Assert.Contains(stored, a => a.Text == "hello");
    }

    [Fact]
    public async Task Creating_a_key_that_exists_already_keeps_the_stored_one()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var (settings, counter, container) = Counted(azurite);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var stack = new StorageStack(settings, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IObjectStore>(new BlobObjectStore(container));
        });
        var keys = stack.Get<DataKeyStore>();
        var scope = new string('a', 32);
        var first = await keys.GetOrCreateAsync(scope, CancellationToken.None);

        // Out of the cache (another instance, or half a minute later), the case's state gone but its key kept: the
        // create-only write is refused and the stored key is read.
        clock.Advance(TimeSpan.FromMinutes(1));
        counter.Clear();
        var again = await keys.CreateOrGetAsync(scope, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(["PUT keys", "GET keys"], counter.Requests.Select(r => r.Split('/')[0]));
        Assert.Equal(first, await OtherInstance(stack, azurite, settings).FindAsync(scope, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_scopes_key_costs_one_request_and_is_the_one_every_instance_reads()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var (settings, counter, container) = Counted(azurite);
        await using var stack = new StorageStack(settings, services: s => s.AddSingleton<IObjectStore>(new BlobObjectStore(container)));
        var scope = new string('b', 32);
        await stack.Get<DataKeyStore>().CreateOrGetAsync(new string('c', 32), CancellationToken.None); // the container made, as on a bot that has served anyone
        counter.Clear();

        var created = await stack.Get<DataKeyStore>().CreateOrGetAsync(scope, CancellationToken.None);

        Assert.Equal(["PUT keys"], counter.Requests.Select(r => r.Split('/')[0]));
        Assert.Equal(created, await OtherInstance(stack, azurite, settings).FindAsync(scope, CancellationToken.None));
    }

    // The data keys as another instance sees them: its own client and cache, the same storage and key-encryption key.
    private static DataKeyStore OtherInstance(StorageStack stack, AzuriteInstance azurite, Dictionary<string, string?> settings) =>
        new(new BlobObjectStore(azurite.Container(settings["Storage:Container"]!)), stack.Get<KeyMaterial>(), new ReportBot.Bot.Storage.State.StateCache(), TimeProvider.System);

    private (Dictionary<string, string?> Settings, BlobRequestCounter Counter, BlobContainerClient Container) Counted(AzuriteInstance azurite)
    {
        var settings = StorageStack.NewSettings(azurite);
        _folders.Add(settings["Storage:LocalPath"]!);
        var counter = new BlobRequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return (settings, counter, new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(settings["Storage:Container"]!));
    }
}
