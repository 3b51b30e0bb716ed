using Newtonsoft.Json.Linq;
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

    /// <summary>
    /// What a first message asked of the menu, carried through the welcome: one of its entries, a text to say before the
    /// menu is asked (time to begin, help for someone supporting another, a question answered), or the law on being known
    /// if one reports.
    /// </summary>
    /// <param name="Say">A text to say after the welcome, by its key.</param>
    /// <param name="Identity">A first message asked whether reporting makes one known: the law on it, after the welcome.</param>
    public sealed record Opening(string? Entry, string? Say = null, bool Identity = false);

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The first message said what happened, or asked for an entry ("he's suing me for defamation, what can I do"):
        // after the welcome, that is answered instead of the menu being asked.
        if (DisclosureDialog.From(step.Options) is { } disclosure)
        {
            return await step.NextAsync(disclosure, cancellationToken);
        }

        var opening = (step.Options as JObject)?.ToObject<Opening>();
        if (opening?.Entry is { } value && Entries.ToList().FindIndex(e => e.Value == value) is var index and >= 0)
        {
            return await step.NextAsync(new FoundChoice(value, index), cancellationToken);
        }

        if (opening?.Say is { Length: > 0 } key)
        {
            await step.Dialog.SendAsync(new Resources.TextKey(key), cancellationToken);
        }

        if (opening?.Identity == true)
        {
            return await step.NextAsync(new LegalOptionsDialog.IdentityQuestion(), cancellationToken);
        }

        return await step.PromptAsync(PromptId, new PromptOptions { PromptKey = MenuText.Prompt.Name, Choices = Choices, AnswerSet = AnswerSet, SayUnderstood = false }, cancellationToken);
    }

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

        if (step.Result is DisclosureDialog.Disclosure disclosure)
        {
            // What happened, said in a few words (see MenuShortcutInterruption): heard, and the ways on for it.
            return step.BeginDialogAsync(DisclosureDialog.DialogId, disclosure, cancellationToken);
        }

        if (step.Result is LegalOptionsDialog.IdentityQuestion identity)
        {
            // "If I report, will my name be known?" as a first message: the law on it, then the menu.
            return step.BeginDialogAsync(LegalOptionsDialog.DialogId, identity, cancellationToken);
        }

        var chosen = (FoundChoice)step.Result!;
        var entry = Entries[chosen.Index];
        return step.BeginDialogAsync(entry.DialogId, entry.DialogOptions, cancellationToken);
    }

    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(DialogId, null, cancellationToken);
}
