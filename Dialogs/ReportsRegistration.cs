using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
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
        services.AddSingleton<ErasureGate>();
        services.AddSingleton<CaseStore>();
        services.AddSingleton<ReportSessionAccessor>();
        services.AddSingleton<DataErasure>();
        services.AddSingleton<IDataEraser, CaseDataEraser>();
        services.AddSingleton<IValidator<IncidentReport>>(sp =>
            new IncidentReportValidator(Today(sp), new ReportAnswersValidator(sp.GetRequiredService<ReportQuestionnaire>(), Today(sp))));

        services.AddSingleton<Dialog, ReportDialog>();
        services.AddSingleton<Dialog, NarrativeDialog>();
        services.AddSingleton<Dialog, CaseCodeDialog>();
        services.AddSingleton<Dialog, DeleteDataDialog>();
        services.AddSingleton<Dialog>(new TextPrompt(CaseCodeDialog.CodePromptId, new TextLengthValidator(64)));
        services.AddSingleton<Dialog>(new ChoicePrompt(ReportQuestions.ChoicePromptId));
        services.AddSingleton<Dialog>(new ConfirmPrompt(ReportQuestions.ConfirmPromptId));
        services.AddSingleton<Dialog>(sp => new SummaryPrompt(ReportDialog.SummaryPromptId, sp.GetRequiredService<ReportQuestionnaire>()));
        services.AddSingleton<Dialog>(sp => new StoryOfferPrompt(ReportDialog.OfferPromptId, sp.GetRequiredService<ReportQuestionnaire>()));
        services.AddSingleton<ReportQuestionnaire>();
        foreach (var question in ReportQuestions.All)
        {
            services.AddReportQuestion(question);
        }

        services.AddSingleton<IInterruption, CrisisInterruption>();
        services.AddSingleton<IInterruption, CommandCheckInterruption>();
        services.AddSingleton<IInterruption, YesNoDoubtInterruption>();
        services.AddSingleton<IInterruption, ReportQuestionBackInterruption>();
        services.AddSingleton<IInterruption, ChoiceQuestionBackInterruption>();
        services.AddSingleton<IInterruption, UnfinishedAnswerInterruption>();
        services.AddSingleton<IInterruption, GoBackInterruption>();
        services.AddSingleton<IInterruption, WelcomeBackInterruption>();
        services.AddSingleton<IInterruption, HelpInterruption>();
        services.AddSingleton<IInterruption, HesitationInterruption>();
        services.AddSingleton<IInterruption, StoryAtTheKindInterruption>();
        services.AddSingleton<IInterruption, DistressInterruption>();
        services.AddSingleton<IInterruption, GreetingInterruption>();
        services.AddSingleton<IInterruption, SupporterInterruption>();
        services.AddSingleton<IInterruption, DeleteDataInterruption>();
        services.AddSingleton<IInterruption, MenuShortcutInterruption>();
        services.AddSingleton<IInterruption, ExitInterruption>();
        return services;
    }

    /// <summary>
    /// Adds a question to the report, after those added before it, with its own prompt if its format has one. The
    /// product's questions are <see cref="ReportQuestions.All"/>; this is how they (or a host's own) are registered.
    /// </summary>
    public static IServiceCollection AddReportQuestion(this IServiceCollection services, ReportQuestion question)
    {
        services.AddSingleton(question);

        // Built once here only to learn whether the format has a prompt of its own; the registered one reads the host's clock.
        if (question.CreatePrompt(static () => default) is not null)
        {
            services.AddSingleton<Dialog>(sp => question.CreatePrompt(Today(sp))!);
        }

        return services;
    }

    private static Func<DateOnly> Today(IServiceProvider sp)
    {
        var dialogServices = sp.GetRequiredService<DialogServices>();
        return () => dialogServices.Today;
    }
}
