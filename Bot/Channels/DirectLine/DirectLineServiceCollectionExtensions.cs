using ReportBot.Bot.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line channel.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DirectLineOptions, DirectLineOptionsValidator>(configuration, DirectLineOptions.Section);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<DirectLineStartLimiter>();
        services.AddHostedService<DirectLineConversationSweeper>();
        return services;
    }
}
