using ReportBot.Bot.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Registers the KakaoTalk channel: settings, adapter, outbox, callback client and skill handler.</summary>
public static class KakaoServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotKakao(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<KakaoOptions, KakaoOptionsValidator>(configuration, KakaoOptions.Section);
        services.AddSingleton<IKakaoOutbox, StoredKakaoOutbox>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, KakaoOutboxEraser>();
        services.AddSingleton<KakaoIdentity>();
        services.AddSingleton<KakaoReplyComposer>();
        services.AddSingleton<KakaoTurnQueue>();
        services.AddSingleton<KakaoAdapter>();
        services.AddSingleton<KakaoCallbackSender>();
        services.AddSingleton<KakaoSkillHandler>();

        // No request logging: the callback URL carries a one-time token, and nothing about the survivor belongs in logs.
        services.AddHttpClient(KakaoCallbackSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowLoopback = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<KakaoOptions>>().Value.AllowLoopbackCallback;
                return new SocketsHttpHandler
                {
                    // A redirect would lead the POST somewhere the host check never saw; the address is checked at connect.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = (context, ct) => KakaoCallbackAddresses.ConnectAsync(context, allowLoopback, ct),
                };
            })
            .RemoveAllLoggers();
        return services;
    }
}
