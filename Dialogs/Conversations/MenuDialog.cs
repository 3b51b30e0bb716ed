using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>The main menu: report, legal options, counsellor, delete. After each, the survivor comes back here.</summary>
public sealed class MenuDialog : WaterfallDialog
{
    public const string DialogId = "menu";
    public const string PromptId = "menuPrompt";

    /// <summary>Each menu entry: its value, its label, and the dialog (with options) it starts.</summary>
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("report", MenuText.Report, ReportDialog.DialogId),
        new("legal", MenuText.Legal, LegalOptionsDialog.DialogId),
        new("counsellor", MenuText.Counsellor, Handoff.HandoffDialog.DialogId),
        new("delete", MenuText.Delete, DeleteDataDialog.DialogId),
        new("case", CasesText.MenuLabel, CaseCodeDialog.DialogId),
    ];

    public MenuDialog()
        : base(DialogId, [AskAsync, StartChosenAsync, LoopAsync])
    {
    }

    public static List<Choice> Choices => Entries.Select(e => new Choice(e.Value, e.Label.Name)).ToList();

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptId, new PromptOptions { PromptKey = MenuText.Prompt.Name, Choices = Choices, AnswerSet = AnswerSet, SayUnderstood = false }, cancellationToken);

    /// <summary>
    /// The menu's own words (answer.menu.* in Resources/Phrases/answers.json): "can I sue him", "I need a lawyer" and
    /// their Korean counterparts pick the legal options. Reporting, a counsellor, deleting and case codes are commands everywhere, so they need none here.
    /// </summary>
    public const string AnswerSet = "menu";

    private static Task<DialogTurnResult> StartChosenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is Recognition.StoryStart story)
        {
            // The survivor began telling what happened: the report starts with those words (see MenuShortcutInterruption).
            return step.BeginDialogAsync(ReportDialog.DialogId, story, cancellationToken);
        }

        var chosen = (FoundChoice)step.Result!;
        var entry = Entries[chosen.Index];
        return step.BeginDialogAsync(entry.DialogId, entry.DialogOptions, cancellationToken);
    }

    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(DialogId, null, cancellationToken);
}
