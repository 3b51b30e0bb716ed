using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Interruptions;
using ReportBot.Resources.Legal;

namespace ReportBot.Dialogs.Legal;

/// <summary>Registers the legal-options conversation, its "what can I do?" interruption and its content.</summary>
public static class LegalOptionsRegistration
{
    public static IServiceCollection AddReportBotLegalOptions(this IServiceCollection services)
    {
        // The host binds LegalContentOptions from configuration; without it, the content beside the app is read.
        services.TryAddSingleton(sp => LegalContentStore.Load(sp.GetService<LegalContentOptions>() ?? new LegalContentOptions()));
        services.AddSingleton<Dialog, LegalOptionsDialog>();
        services.AddSingleton<Dialog>(new ChoicePrompt(LegalOptionsDialog.BrowsePromptId));
        services.AddSingleton<IInterruption, LegalOptionsInterruption>();
        return services;
    }
}
