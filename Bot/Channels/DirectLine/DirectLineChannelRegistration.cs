using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Options;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Bot.Telemetry;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line channel and the web chat page that uses it, in one place: settings, adapter, token service,
/// conversation store and limits, proactive delivery (appended to the conversation's activities) and the metric tag;
/// <see cref="MapDirectLineChannel"/> maps its routes and the page. The page's assets and WebSockets are in the HTTP
/// pipeline (<see cref="ReportBotApp"/>).
/// </summary>
public static class DirectLineChannelRegistration
{
    public static IServiceCollection AddReportBotDirectLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DirectLineOptions, DirectLineOptionsValidator>(configuration, DirectLineOptions.Section);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<DirectLineStartLimiter>();
        services.AddSingleton<DirectLinePostLimiter>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, DirectLineDataEraser>();
        services.AddHostedService<DirectLineConversationSweeper>();

        services.AddValidatedOptions<WebChatOptions, WebChatOptionsValidator>(configuration, WebChatOptions.Section);
        services.AddSingleton<WebChatPage>();
        services.AddSingleton<WebChatSecurityHeaders>();
        services.AddSingleton<WebChatBundle>();

        // Azure's Direct Line shares the channel id: only conversations with the embedded service URL are this channel's.
        services.AddSingleton<IProactiveChannel>(sp => new BotAdapterProactiveChannel(
            sp.GetRequiredService<DirectLineAdapter>(), null, DirectLineAdapter.ChannelId) { ServiceUrl = DirectLineAdapter.ServiceUrl });
        services.AddMetricChannels(DirectLineAdapter.ChannelId);
        return services;
    }

    /// <summary>The Direct Line 3.0 routes under <c>/v3/directline</c>, the web chat page at <c>/</c> and its token endpoint.</summary>
    public static IEndpointRouteBuilder MapDirectLineChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDirectLineRoutes();
        endpoints.MapReportBotWebChat();
        return endpoints;
    }
}
