using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Bot;

namespace ReportBot.Tests.Support;

/// <summary>
/// The real bot (every dialog, interruption and resource) behind the Bot Framework's TestAdapter, with a storage
/// that outlives the host so that a test can "restart the app" between turns by building a new host on it.
/// </summary>
public sealed class DialogTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="configure">Registrations added after the app's own (a test's extra report question, say).</param>
    public DialogTestHost(
        IStorage? storage = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string conversationId = "conversation-1",
        Action<IServiceCollection>? configure = null)
    {
        Storage = storage ?? new MemoryStorage();
        // Everything the app keeps on disk (keys, outbox, handoff queue) goes to a folder of this host's own.
        var withData = new Dictionary<string, string?> { ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-dialogs-").FullName };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            withData[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(withData).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReportBotCore(configuration);
        services.AddSingleton(Storage);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        configure?.Invoke(services);

        _services = services.BuildServiceProvider();
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "survivor", "reportbot"));
        Bot = _services.GetRequiredService<IBot>();
    }

    private readonly string _hostId = Guid.NewGuid().ToString("N");

    public IStorage Storage { get; }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    public IServiceProvider Services => _services;

    /// <summary>Everything the app logged, to check that no survivor's words reach the logs.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// The locale the test client's messages carry: none by default, as when no channel says the language (the Bot
    /// Framework's TestAdapter would otherwise stamp every message en-US).
    /// </summary>
    public string? Locale { get; set; }

    /// <summary>Sends one message and returns the texts of every reply of that turn.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string text)
    {
        var activity = Adapter.MakeActivity(text);
        activity.Locale = Locale;
        var replies = await SendActivityAsync(activity);
        return replies.Select(r => r.Text ?? string.Empty).ToList();
    }

    /// <summary>Sends one activity and returns every reply of that turn.</summary>
    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        while (Adapter.GetNextReply() is not null)
        {
        }

        // TestAdapter numbers activities from 0 in every host; a channel never gives two messages one id (the same id
        // again is a redelivery), so a host that picks up another's conversation must not reuse them.
        if (long.TryParse(activity.Id, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            activity.Id = $"{_hostId}.{activity.Id}";
        }

        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
