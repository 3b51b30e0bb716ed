using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>
/// ReportBot with authentication on, as Azure Bot Service reaches it: recorded channel activities are posted to
/// <c>/api/messages</c> over HTTP with a channel token from <see cref="TestChannelIssuer"/>, and the replies arrive, as
/// on Azure, at the activity's serviceUrl: a <see cref="LoopbackChannel"/>. Only the bot's own outbound token (from
/// Azure AD) is replaced, since no test can reach Azure AD.
/// </summary>
public sealed class AzureChannelBot : IAsyncDisposable
{
    public static readonly string[] Channels = ["telegram", "facebook", "line", "slack", "msteams", "webchat", "directline"];

    private AzureChannelBot(RunningBot bot, LoopbackChannel channel, TestChannelIssuer issuer)
    {
        Bot = bot;
        Channel = channel;
        Issuer = issuer;
    }

    public RunningBot Bot { get; }

    public LoopbackChannel Channel { get; }

    public TestChannelIssuer Issuer { get; }

    public static async Task<AzureChannelBot> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var issuer = await TestChannelIssuer.StartAsync(Channels);
        var channel = await LoopbackChannel.StartAsync();
        var all = issuer.BotSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var bot = await RunningBot.StartAsync(all, s =>
        {
            s.RemoveAll<BotFrameworkAuthentication>();
            s.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                new LoopbackCredentials(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
            services?.Invoke(s);
        });
        return new AzureChannelBot(bot, channel, issuer);
    }

    /// <summary>Posts a recorded activity with a valid channel token; returns the HTTP status and what the survivor received.</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        using var response = await Bot.PostActivityAsync(activity, Issuer.ChannelToken(activity.ServiceUrl));
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode} for a {activity.ChannelId} {activity.Type}: " + await response.Content.ReadAsStringAsync() + Bot.Logs.All);
        return Channel.TakeReceived();
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    // The bot's credentials towards the channel: a bearer token without a round trip to Azure AD.
    private sealed class LoopbackCredentials() : PasswordServiceClientCredentialFactory(TestChannelIssuer.AppId, TestChannelIssuer.AppPassword, null, null, null)
    {
        public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
            Task.FromResult<ServiceClientCredentials>(new TokenCredentials("bot-to-channel-" + appId));
    }
}
