using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>The real storage services (as the app registers them) over a temp data folder and optionally Azurite.</summary>
public sealed class StorageStack : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _draining;

    private readonly bool _keepLocalData;

    /// <param name="keepLocalData">Leave the data folder on dispose (a test that "restarts" on the same folder).</param>
    /// <param name="services">Replaces registrations (a clock, an instrumented store) after the app's own.</param>
    public StorageStack(IDictionary<string, string?> settings, bool keepLocalData = false, Action<IServiceCollection>? services = null)
    {
        _keepLocalData = keepLocalData;
        Settings = settings;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(Logs));
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton(new ReportBot.Dialogs.Engine.ConversationOptions());
        collection.AddSingleton<ReportBot.Resources.ITextCatalog, ReportBot.Resources.TextCatalog>();
        collection.AddReportBotStorage(configuration);
        // Storage's two turn middleware, in the order of the app's list (Bot/ServiceCollectionExtensions.cs).
        collection.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ReportBot.Bot.Privacy.PseudonymousIdMiddleware>();
        collection.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TranscriptMiddleware>();
        services?.Invoke(collection);
        _services = collection.BuildServiceProvider();
    }

    public IDictionary<string, string?> Settings { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Settings for a stack on a fresh local folder; with <paramref name="azurite"/>, Blob storage in a fresh container.</summary>
    public static Dictionary<string, string?> NewSettings(AzuriteInstance? azurite = null, string? container = null, string? kek = null, string? localPath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:LocalPath"] = localPath ?? Directory.CreateTempSubdirectory("reportbot-storage-").FullName,
            ["Storage:KeyEncryptionKey"] = kek ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        if (azurite is not null)
        {
            settings["Storage:BlobConnectionString"] = azurite.ConnectionString;
            settings["Storage:Container"] = container ?? AzuriteFixture.NewContainer();
            foreach (var (key, value) in SharedSecrets.New())
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    /// <summary>Appends one transcript line of <paramref name="caseId"/> to the outbox, as a turn begun at <paramref name="turnStarted"/> would.</summary>
    public async Task AppendLineAsync(string caseId, string text, DateTimeOffset turnStarted)
    {
        var (timestamp, sequence) = Get<TranscriptClock>().Next();
        await Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, turnStarted, text), CancellationToken.None);
    }

    /// <summary>Starts the outbox drainer (as the host would) and waits until everything appended so far is stored.</summary>
    public async Task DrainAsync()
    {
        var drainer = Get<TranscriptOutboxDrainer>();
        if (!_draining)
        {
            _draining = true;
            await drainer.StartAsync(CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await drainer.FlushAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await Get<TranscriptOutboxDrainer>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        if (!_keepLocalData && Settings.TryGetValue("Storage:LocalPath", out var folder) && folder is not null
            && folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
