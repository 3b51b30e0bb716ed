using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// Registers the survivor's side of the counsellor handoff and of replies on the case code. The host registers
/// <see cref="IHandoffService"/> and <see cref="ICaseThreads"/>.
/// </summary>
public static class HandoffDialogsRegistration
{
    public static IServiceCollection AddReportBotHandoffDialogs(this IServiceCollection services)
    {
        services.AddSingleton<Dialog, HandoffDialog>();
        services.AddSingleton<Dialog>(new ConfirmPrompt(HandoffDialog.ConfirmId));
        services.AddSingleton<Dialog>(new TextPrompt(HandoffDialog.MessagePromptId));
        services.AddSingleton<Dialog>(new TextPrompt(HandoffDialog.WindowPromptId));
        services.AddSingleton<Dialog, CaseThreadDialog>();
        services.AddSingleton<Dialog>(new TextPrompt(CaseThreadDialog.AnswerPromptId));
        services.AddSingleton<Dialog, ContactConsentDialog>();
        services.AddSingleton<Dialog>(new ConfirmPrompt(ContactConsentDialog.PromptId));
        services.AddSingleton<IInterruption, HandoffInterruption>();
        return services;
    }
}
