using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Maps the Kakao skill endpoint and says at start-up how it is protected.</summary>
public static class KakaoEndpointExtensions
{
    public static WebApplication MapReportBotKakao(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<KakaoOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Kakao");
        var secretSet = !string.IsNullOrEmpty(options.Secret);
        KakaoLog.Serving(logger, options.Path, options.HeaderName, secretSet);
        if (!secretSet)
        {
            KakaoLog.NoSecret(logger, options.Path);
        }

        if (app.Services.GetRequiredService<KakaoIdentity>().UsesDevelopmentKey)
        {
            KakaoLog.DevelopmentKey(logger);
        }
        else if (string.IsNullOrEmpty(options.ConversationKey))
        {
            KakaoLog.KeyFromSecret(logger);
        }

        app.MapPost(options.Path, (HttpContext http, KakaoSkillHandler handler) => handler.HandleAsync(http));
        return app;
    }
}
