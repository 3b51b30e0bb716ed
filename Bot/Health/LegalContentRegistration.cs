using Microsoft.Extensions.Options;
using ReportBot.Bot.Options;
using ReportBot.Dialogs.Legal;
using ReportBot.Resources.Legal;

namespace ReportBot.Bot.Health;

/// <summary>Registers the legal-content settings, the start-up report and the /healthz check.</summary>
public static class LegalContentRegistration
{
    public static IServiceCollection AddReportBotLegalContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LegalContentOptions, LegalContentOptionsValidator>(configuration, LegalContentOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LegalContentOptions>>().Value);
        services.AddSingleton(sp => LegalContentStore.Load(sp.GetRequiredService<LegalContentOptions>()));
        services.AddHostedService<LegalContentStartupReport>();
        services.AddHealthChecks().AddCheck<LegalContentHealthCheck>(LegalContentHealthCheck.Name);
        return services;
    }
}
