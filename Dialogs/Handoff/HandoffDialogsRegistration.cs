using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;

namespace ReportBot.Dialogs.Handoff;

/// <summary>Registers the survivor's side of the counsellor handoff. The host registers <see cref="IHandoffService"/>.</summary>
public static class HandoffDialogsRegistration
{
    public static IServiceCollection AddHandoffDialogs(this IServiceCollection services)
    {
        services.AddSingleton<Dialog, HandoffDialog>();
        services.AddSingleton<Dialog>(new ConfirmPrompt(HandoffDialog.ConfirmId));
        services.AddSingleton<Dialog>(new TextPrompt(HandoffDialog.MessagePromptId));
        services.AddSingleton<IInterruption, HandoffInterruption>();
        return services;
    }
}
