using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Interruptions;
using ReportBot.Dialogs.Legal;
using ReportBot.Resources;

namespace ReportBot.Dialogs;

/// <summary>
/// The Dialogs project's composition root: the dialog engine, the conversations and the global interruptions (their
/// order is <see cref="InterruptionOrder"/>, not the order of these registrations).
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<ITextCatalog, TextCatalog>();
        services.AddSingleton<IPhraseCatalog, PhraseCatalog>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DialogServices>();

        services.AddSingleton<Dialog, MainDialog>();
        services.AddSingleton<Dialog, LanguagePrompt>();
        services.AddSingleton<Dialog, MenuDialog>();
        services.AddSingleton<Dialog>(new ChoicePrompt(MenuDialog.PromptId));
        services.AddSingleton<Dialog, DisclosureDialog>();
        services.AddSingleton<Dialog>(new ChoicePrompt(DisclosureDialog.PromptId));

        services.AddSingleton<IInterruption, InputGuardInterruption>();
        services.AddSingleton<IInterruption, LanguageInterruption>();
        services.AddReportBotLegalOptions();
        services.AddReportBotReports();
        services.AddReportBotHandoffDialogs();

        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        services.AddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<ConversationState>(),
            sp.GetServices<IInterruption>(),
            sp.GetRequiredService<DialogServices>(),
            MainDialog.DialogId));
        return services;
    }
}
