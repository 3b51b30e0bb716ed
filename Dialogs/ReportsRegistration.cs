using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Interruptions;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Dialogs;

/// <summary>Registers the anonymous report: its dialogs and prompts, cases, erasure and the global commands.</summary>
public static class ReportsRegistration
{
    public static IServiceCollection AddReportBotReports(this IServiceCollection services)
    {
        // Bound and validated by the host (Cases section); defaults apply when a host does not bind it.
        services.AddOptions<CasesOptions>();
        services.AddSingleton<CaseCodeHasher>();
        services.AddSingleton<CaseCodeHashGate>();
        services.AddSingleton<CaseStore>();
        services.AddSingleton<ReportSessionAccessor>();
        services.AddSingleton<DataErasure>();
        services.AddSingleton<IDataEraser, CaseDataEraser>();
        services.AddSingleton<IValidator<IncidentReport>>(sp => new IncidentReportValidator(Today(sp)));

        services.AddSingleton<Dialog, ReportDialog>();
        services.AddSingleton<Dialog, NarrativeDialog>();
        services.AddSingleton<Dialog, CaseCodeDialog>();
        services.AddSingleton<Dialog, DeleteDataDialog>();
        services.AddSingleton<Dialog>(sp => new IncidentPeriodPrompt(ReportQuestions.WhenPromptId, new IncidentPeriodValidator(Today(sp))));
        services.AddSingleton<Dialog>(new TextPrompt(ReportQuestions.PlacePromptId, new TextLengthValidator(IncidentReport.MaxPlaceChars)));
        services.AddSingleton<Dialog>(new TextPrompt(CaseCodeDialog.CodePromptId, new TextLengthValidator(64)));
        services.AddSingleton<Dialog>(new ChoicePrompt(ReportQuestions.ChoicePromptId));
        services.AddSingleton<Dialog>(new ConfirmPrompt(ReportQuestions.ConfirmPromptId));
        services.AddSingleton<Dialog>(MultiChoice(ReportQuestions.TypesPromptId, ReportChoices.Values(ReportChoices.Types), null));
        services.AddSingleton<Dialog>(MultiChoice(ReportQuestions.EvidencePromptId, ReportChoices.Values(ReportChoices.Evidence), nameof(EvidenceKind.None)));
        services.AddSingleton<Dialog>(MultiChoice(ReportQuestions.DisclosuresPromptId, ReportChoices.Values(ReportChoices.Disclosures), nameof(Disclosure.NoOneYet)));
        services.AddSingleton<Dialog>(MultiChoice(ReportQuestions.WishesPromptId, ReportChoices.Values(ReportChoices.Wishes), null));

        services.AddSingleton<IInterruption, CrisisInterruption>();
        services.AddSingleton<IInterruption, CommandCheckInterruption>();
        services.AddSingleton<IInterruption, WelcomeBackInterruption>();
        services.AddSingleton<IInterruption, HelpInterruption>();
        services.AddSingleton<IInterruption, DeleteDataInterruption>();
        services.AddSingleton<IInterruption, MenuShortcutInterruption>();
        services.AddSingleton<IInterruption, ExitInterruption>();
        return services;
    }

    private static Func<DateOnly> Today(IServiceProvider sp)
    {
        var dialogServices = sp.GetRequiredService<DialogServices>();
        return () => dialogServices.Today;
    }

    private static MultiChoicePrompt MultiChoice(string id, IReadOnlyCollection<string> values, string? exclusive) =>
        new(id, new ExclusiveChoiceValidator(values, exclusive));
}
