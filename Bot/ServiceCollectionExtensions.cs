using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Health;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Bot.Handoff;
using ReportBot.Bot.Options;
using ReportBot.Bot.Records;
using ReportBot.Bot.Telemetry;
using ReportBot.Bot.Storage;
using ReportBot.Dialogs;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot;

/// <summary>Registers the bot host's services: settings, the adapter, state and the bot.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ConversationOptions, ConversationOptionsValidator>(configuration, ConversationOptions.Section);
        services.AddValidatedOptions<BotAuthenticationOptions, BotAuthenticationOptionsValidator>(configuration, section: string.Empty);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);
        services.AddValidatedOptions<CasesOptions, CasesOptionsValidator>(configuration, CasesOptions.Section);

        services.AddSingleton<BotFrameworkAuthentication>(sp => new DeferredConnectorAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        // First, so the turn metrics middleware wraps every other middleware.
        services.AddReportBotTelemetry(configuration);
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<ReportBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ReportBotAdapter>());

        services.AddReportBotStorage(configuration);
        services.AddSingleton<ConversationState, ReportBot.Bot.Storage.State.SnapshotConversationState>();
        services.AddReportBotLegalContent(configuration);
        services.AddReportBotDialogs();
        services.AddReportBotHandoff(configuration);
        services.AddTransient<IBot, ReportBotActivityHandler>();
        services.AddReportBotKakao(configuration);
        services.AddReportBotChannels();

        services.AddReportBotDirectLine(configuration);
        services.AddReportBotRecords(configuration);

        services.AddHealthChecks();
        return services;
    }
}
