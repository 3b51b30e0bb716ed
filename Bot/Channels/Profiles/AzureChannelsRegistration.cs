using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Options;
using ReportBot.Bot.Telemetry;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// The Azure Bot Service channels (Telegram, Messenger, LINE, Slack, Teams, Azure's Web Chat and Direct Line...) in one
/// place: Bot Framework authentication, the CloudAdapter, the channel profiles (renderer, start events and privacy
/// notes, late messages), proactive delivery (the fallback for every channel no other claims) and the metric tags;
/// <see cref="MapAzureChannels"/> maps <c>/api/messages</c>.
/// </summary>
public static class AzureChannelsRegistration
{
    /// <summary>The channel ids counted under their own name in the metrics; any other is "other".</summary>
    private static readonly string[] MetricChannelIds =
        ["webchat", "directline", "telegram", "line", "facebook", "slack", "sms", "msteams", "emulator", "test"];

    public static IServiceCollection AddReportBotAzureChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotFrameworkAuthentication>(sp => new DeferredConnectorAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<ReportBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ReportBotAdapter>());

        services.AddSingleton<ChannelProfileCatalog>();
        services.AddSingleton<NumberedChoiceMemory>();
        services.AddSingleton<ChannelRenderer>();
        services.AddSingleton<RecentStarts>();
        services.AddSingleton<HeldMessageStore>();
        services.AddSingleton<IDataEraser>(sp => sp.GetRequiredService<HeldMessageStore>());
        services.AddSingleton<IWaitingMessages>(sp => sp.GetRequiredService<HeldMessageStore>());
        services.AddSingleton<ILateMessagePolicy, ProactiveWindowPolicy>();

        services.AddSingleton<IProactiveChannel>(sp => new BotAdapterProactiveChannel(
            sp.GetRequiredService<ReportBotAdapter>(),
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.MicrosoftAppId,
            BotAdapterProactiveChannel.AnyChannel));
        services.AddMetricChannels(MetricChannelIds);
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the Bot Framework's endpoint, for every Azure Bot Service channel.</summary>
    public static IEndpointRouteBuilder MapAzureChannels(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, ReportBotAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
                adapter.ProcessPostAsync(request, response, bot, cancellationToken))
            .WithMetadata(new RequestSizeLimitAttribute(ReportBotApp.MaxActivityBytes))
            .AddEndpointFilter(ActivityEnvelopeCheck.InvokeAsync);
        return endpoints;
    }
}
