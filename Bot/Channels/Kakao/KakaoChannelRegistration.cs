using Microsoft.Extensions.Options;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Options;
using ReportBot.Bot.Telemetry;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The KakaoTalk channel in one place: settings, adapter, outbox, callback client, the skill endpoint and its turn
/// coordinator, proactive delivery (into the outbox) and the metric tag; <see cref="MapKakaoChannel"/> maps the endpoint.
/// </summary>
public static class KakaoChannelRegistration
{
    public static IServiceCollection AddReportBotKakaoChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<KakaoOptions, KakaoOptionsValidator>(configuration, KakaoOptions.Section);
        services.AddSingleton<IKakaoOutbox, StoredKakaoOutbox>();
        services.AddSingleton<KakaoOutboxEraser>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser>(sp => sp.GetRequiredService<KakaoOutboxEraser>());
        services.AddSingleton<IWaitingMessages>(sp => sp.GetRequiredService<KakaoOutboxEraser>());
        services.AddSingleton<KakaoIdentity>();
        services.AddSingleton<KakaoReplyComposer>();
        services.AddSingleton<KakaoTurnQueue>();
        services.AddSingleton<KakaoAdapter>();
        services.AddSingleton<KakaoCallbackSender>();
        services.AddSingleton<KakaoTurnCoordinator>();
        services.AddSingleton<KakaoSkillHandler>();

        // No request logging: the callback URL carries a one-time token, and nothing about the survivor belongs in logs.
        services.AddHttpClient(KakaoCallbackSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowLoopback = sp.GetRequiredService<IOptions<KakaoOptions>>().Value.AllowLoopbackCallback;
                return new SocketsHttpHandler
                {
                    // A redirect would lead the POST somewhere the host check never saw; the address is checked at connect.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = (context, ct) => KakaoCallbackAddresses.ConnectAsync(context, allowLoopback, ct),
                };
            })
            .RemoveAllLoggers();

        // A counsellor's message waits in the outbox for the survivor's next message or a callback (Kakao has no push).
        services.AddSingleton<IProactiveChannel>(sp => new BotAdapterProactiveChannel(sp.GetRequiredService<KakaoAdapter>(), null, KakaoAdapter.ChannelId));
        services.AddMetricChannels(KakaoAdapter.ChannelId);
        return services;
    }

    /// <summary>Maps the Kakao skill endpoint (when enabled) and says at start-up how it is protected.</summary>
    public static IEndpointRouteBuilder MapKakaoChannel(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<KakaoOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Kakao");
        var secretSet = !string.IsNullOrEmpty(options.Secret);
        KakaoLog.Serving(logger, options.Path, options.HeaderName, secretSet);
        if (!secretSet)
        {
            KakaoLog.NoSecret(logger, options.Path);
        }

        if (endpoints.ServiceProvider.GetRequiredService<KakaoIdentity>().UsesDevelopmentKey)
        {
            KakaoLog.DevelopmentKey(logger);
        }
        else if (string.IsNullOrEmpty(options.ConversationKey))
        {
            KakaoLog.KeyFromSecret(logger);
        }

        endpoints.MapPost(options.Path, (HttpContext http, KakaoSkillHandler handler) => handler.HandleAsync(http));
        return endpoints;
    }
}
