using ReportBot.Bot.Options;
using ReportBot.Bot.Pages.WebChat;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line channel and the web chat page that uses it.</summary>
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
        services.AddSingleton<DirectLinePostLimiter>();
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, DirectLineDataEraser>();
        services.AddHostedService<DirectLineConversationSweeper>();

        services.AddValidatedOptions<WebChatOptions, WebChatOptionsValidator>(configuration, WebChatOptions.Section);
        services.AddSingleton<WebChatPage>();
        services.AddSingleton<WebChatSecurityHeaders>();
        services.AddSingleton<WebChatBundle>();
        return services;
    }
}
