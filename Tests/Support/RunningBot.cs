using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ReportBot.Bot;

namespace ReportBot.Tests.Support;

/// <summary>The whole web app on Kestrel at a free loopback port, for tests over real HTTP.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private RunningBot(WebApplication app, Uri baseAddress, CapturingLoggerProvider logs)
    {
        App = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private string? _ownFolder;

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts the app with extra settings (as command-line configuration) and optional service overrides.</summary>
    public static async Task<RunningBot> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--environment", "Development" };
        settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        // Storage is durable: each bot gets a fresh data folder unless the test shares one on purpose.
        string? ownFolder = null;
        if (!settings.ContainsKey("Storage:LocalPath"))
        {
            ownFolder = Directory.CreateTempSubdirectory("reportbot-test-").FullName;
            settings["Storage:LocalPath"] = ownFolder;
        }

        foreach (var (key, value) in settings)
        {
            args.Add($"--{key}={value}");
        }

        var logs = new CapturingLoggerProvider();
        var app = ReportBotApp.Build(args.ToArray(), builder =>
        {
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, new Uri(address), logs) { _ownFolder = ownFolder };
    }

    /// <summary>Sends a message with <c>deliveryMode: expectReplies</c> and returns the bot's replies from the response.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(string conversationId, string text, string userId = "user-1", string channelId = "test")
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channelId,
            ServiceUrl = "http://127.0.0.1/unused",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("reportbot"),
            Conversation = new ConversationAccount(id: conversationId),
            Text = text,
        };
        using var response = await PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities.ToList();
    }

    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownFolder is not null)
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }
}
