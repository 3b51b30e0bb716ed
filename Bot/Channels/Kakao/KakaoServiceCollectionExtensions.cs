using ReportBot.Bot.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Registers the KakaoTalk channel: settings, adapter, outbox, callback client and skill handler.</summary>
public static class KakaoServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotKakao(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<KakaoOptions, KakaoOptionsValidator>(configuration, KakaoOptions.Section);
        services.AddSingleton<IKakaoOutbox, InMemoryKakaoOutbox>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, KakaoOutboxEraser>();
        services.AddSingleton<KakaoIdentity>();
        services.AddSingleton<KakaoReplyComposer>();
        services.AddSingleton<KakaoTurnQueue>();
        services.AddSingleton<KakaoAdapter>();
        services.AddSingleton<KakaoCallbackSender>();
        services.AddSingleton<KakaoSkillHandler>();

        // No request logging: the callback URL carries a one-time token, and nothing about the survivor belongs in logs.
        services.AddHttpClient(KakaoCallbackSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return services;
    }
}
