using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Options;
using ReportBot.Bot.Storage;
using ReportBot.Dialogs;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot;

/// <summary>Registers the bot host's services: settings, the adapter, state and the bot.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ConversationOptions, ConversationOptionsValidator>(configuration, ConversationOptions.Section);
        services.AddValidatedOptions<BotAuthenticationOptions, BotAuthenticationOptionsValidator>(configuration, section: string.Empty);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration,
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<ReportBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ReportBotAdapter>());

        services.AddReportBotStorage(configuration);
        services.AddSingleton<ConversationState>();
        services.AddReportBotDialogs();
        services.AddTransient<IBot, ReportBotActivityHandler>();

        services.AddHealthChecks();
        return services;
    }
}
