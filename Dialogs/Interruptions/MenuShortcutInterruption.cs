using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Asking to report, or saying one has a case code, at the main menu or as the first message of a conversation (a
/// survivor coming back from another channel) goes straight to the report or to the case code. "I have a case code"
/// also works in the middle of a question: the case code opens on top and the question is asked again afterwards. In
/// the middle of anything else, report words are an ordinary answer. A first message, or a message at the menu, that
/// starts telling what happened (<see cref="StoryReader"/>) starts the report with those words as the beginning of the
/// story, unless it asks for something the menu offers (a command, the legal options).
/// </summary>
public sealed class MenuShortcutInterruption : IInterruption
{
    private static readonly (string Intent, string DialogId)[] Shortcuts =
    [
        (IntentNames.Report, ReportDialog.DialogId),
        (IntentNames.CaseCode, CaseCodeDialog.DialogId),
    ];

    public int Order => InterruptionOrder.MenuShortcut;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var atMenu = dc.ActiveDialog?.Id == MenuDialog.PromptId;
        var shortcut = Shortcuts.FirstOrDefault(s => Commands.Is(dc, s.Intent));
        var index = shortcut.DialogId is null ? -1 : MenuDialog.Entries.ToList().FindIndex(e => e.DialogId == shortcut.DialogId);
        if (index < 0)
        {
            return await TryStoryAsync(dc, atMenu, cancellationToken);
        }

        var entry = MenuDialog.Entries[index];
        if (atMenu)
        {
            // Answer the menu's own question, so the menu starts the dialog and comes back afterwards as usual.
            await dc.EndDialogAsync(new FoundChoice(entry.Value, index), cancellationToken);
            return InterruptionResult.Handled;
        }

        var midQuestion = dc.ActiveDialog is not null;
        if (midQuestion && (entry.DialogId != CaseCodeDialog.DialogId || !Commands.AtQuestion(dc) || dc.Stack.Any(d => d.Id == CaseCodeDialog.DialogId)))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.BeginDialogAsync(entry.DialogId, entry.DialogOptions, cancellationToken);
        return InterruptionResult.Handled;
    }

    private static async Task<InterruptionResult> TryStoryAsync(DialogContext dc, bool atMenu, CancellationToken cancellationToken)
    {
        // The web chat greets first and asks for a language: a story told in answer to that is a first message too.
        var first = Commands.IsFirstMessage(dc);
        var atDisclosure = dc.ActiveDialog?.Id == DisclosureDialog.PromptId;
        var asksTheLaw = (atMenu || first || atDisclosure) && LegalRequest.Asks(dc);
        if (first && asksTheLaw)
        {
            // A first message that asks for the legal options ("he's suing me for defamation", "what can I do") is
            // answered after the welcome instead of being dropped by it.
            return await InterruptionSupport.WelcomeThenAsync(dc, new MenuDialog.Opening("legal"), cancellationToken);
        }

        // At the menu (or its follow-up) the menu's own words take a legal request.
        if (!(atMenu || first || atDisclosure) || asksTheLaw || Commands.Of(dc) is { IsSure: true })
        {
            return InterruptionResult.NotHandled;
        }

        var reader = StoryReader.For(dc.Services.Phrases);
        var story = reader.Read(dc.Text, ReportChoices.TypeValues);
        var kinds = story is null ? reader.ReadDisclosure(dc.Text, ReportChoices.TypeValues) : null;
        var more = story ?? kinds ?? (atDisclosure && reader.TellsSomething(dc.Text) ? new StoryStart(dc.Text.Trim(), []) : null);
        if (atDisclosure && more is not null && !AnswersTheChoice(dc))
        {
            // Asked which way on, they went on telling what happened: the report starts with all of it.
            await dc.EndDialogAsync(more, cancellationToken);
            return InterruptionResult.Handled;
        }

        if (atDisclosure || (story is null && kinds is null))
        {
            return InterruptionResult.NotHandled;
        }

        if (story is null)
        {
            // What happened in a few words ("I was raped", "a spycam filmed me"): too little to start the report on unasked,
            // too much to answer with "I didn't get that". It is heard, and the ways on for it are offered.
            return await DiscloseAsync(dc, atMenu, new DisclosureDialog.Disclosure(kinds!), cancellationToken);
        }

        if (atMenu)
        {
            await dc.EndDialogAsync(story, cancellationToken);
            return InterruptionResult.Handled;
        }

        if (!dc.LanguageKnown)
        {
            dc.Profile.Language = LanguageDetector.Detect(dc.Text, dc.Services.Phrases) ?? ChannelLanguage.Of(dc.Context.Activity);
        }

        // As a first message the report stands alone, as the "report" shortcut does; the menu comes after it.
        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(ReportDialog.DialogId, story, cancellationToken);
        return InterruptionResult.Handled;
    }

    private static async Task<InterruptionResult> DiscloseAsync(DialogContext dc, bool atMenu, DisclosureDialog.Disclosure disclosure, CancellationToken cancellationToken)
    {
        if (atMenu)
        {
            await dc.EndDialogAsync(disclosure, cancellationToken);
            return InterruptionResult.Handled;
        }

        return await InterruptionSupport.WelcomeThenAsync(dc, disclosure, cancellationToken);
    }

    /// <summary>Whether the message picks one of the ways on (a number, a label, the menu's words) rather than telling more.</summary>
    private static bool AnswersTheChoice(DialogContext dc) =>
        ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), DisclosureDialog.Choices, dc.Services.Texts, dc.Services.Phrases) is not null;

}
