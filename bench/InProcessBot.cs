using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Benchmarks;

/// <summary>
/// ReportBot in the benchmark's own process, without HTTP: the app's services on a fresh local data folder (encrypted,
/// durable), its middleware, its bot and the transcript drainer. Disposing stops the drainer and deletes the folder.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly ServiceProvider _provider;
    private readonly TranscriptOutboxDrainer _drainer;
    private readonly List<Microsoft.Bot.Builder.IMiddleware> _middleware;

    private InProcessBot(DirectoryInfo folder, ServiceProvider provider)
    {
        _folder = folder;
        _provider = provider;
        _drainer = provider.GetRequiredService<TranscriptOutboxDrainer>();
        _middleware = provider.GetServices<Microsoft.Bot.Builder.IMiddleware>().ToList();
        Bot = provider.GetRequiredService<IBot>();
    }

    public IServiceProvider Services => _provider;

    public IBot Bot { get; }

    /// <summary>
    /// Builds the app's services (<paramref name="configure"/> may replace some) and starts the drainer, unless
    /// <paramref name="startDrainer"/> is false (<see cref="StartDrainerAsync"/> starts it later).
    /// </summary>
    public static async Task<InProcessBot> StartAsync(string name, Action<IServiceCollection>? configure = null, bool startDrainer = true)
    {
        var folder = Directory.CreateTempSubdirectory($"reportbot-{name}-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LocalPath"] = folder.FullName,
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReportBotCore(configuration);
        configure?.Invoke(services);
        var bot = new InProcessBot(folder, services.BuildServiceProvider());
        if (startDrainer)
        {
            await bot._drainer.StartAsync(CancellationToken.None);
        }

        return bot;
    }

    /// <summary>Starts the drainer of a bot started without it.</summary>
    public Task StartDrainerAsync() => _drainer.StartAsync(CancellationToken.None);

    /// <summary>Waits until every transcript line written so far is in storage.</summary>
    public Task FlushDrainerAsync() => _drainer.FlushAsync(CancellationToken.None);

    /// <summary>A test adapter for one conversation, with the app's middleware.</summary>
    public TestAdapter Conversation(string conversationId, string userId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, userId, "reportbot"));
        foreach (var m in _middleware)
        {
            adapter.Use(m);
        }

        return adapter;
    }

    /// <summary>
    /// <paramref name="conversations"/> concurrent conversations (ids from <paramref name="run"/>) of
    /// <paramref name="turns"/> turns each of the load script, replies expected in the response, as the load benchmark sends.
    /// </summary>
    public Task RunScriptAsync(string run, int conversations, int turns) =>
        Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var adapter = Conversation($"{run}-{c}", $"user-{c}");
            for (var t = 0; t < turns; t++)
            {
                var activity = adapter.MakeActivity(LoadRunner.Script[t % LoadRunner.Script.Length]);
                activity.DeliveryMode = DeliveryModes.ExpectReplies;
                await adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
                while (adapter.GetNextReply() is not null)
                {
                }
            }
        })));

    /// <summary>Stops the drainer (its lines are in storage afterwards); the services stay readable until disposal.</summary>
    public Task StopDrainerAsync() => _drainer.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _drainer.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
