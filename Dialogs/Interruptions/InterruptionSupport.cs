using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>Small helpers the global commands share.</summary>
internal static class InterruptionSupport
{
    private static readonly Choice[] YesNo =
    [
        new("yes", CommonText.Yes.Name),
        new("no", CommonText.No.Name),
    ];

    /// <summary>A command can be the very first message: take its language so the answer is in it.</summary>
    public static void RememberLanguage(DialogContext dc)
    {
        if (!dc.LanguageKnown)
        {
            dc.Profile.Language = LanguageDetector.Detect(dc.Text, dc.Services.Phrases);
        }
    }

    /// <summary>
    /// Answers a first message after the welcome instead of letting the welcome drop it: its language is taken (from
    /// the words, else the channel), and the welcome begins with <paramref name="opening"/> for the menu to answer
    /// (<see cref="MenuDialog.Opening"/>, or <see cref="DisclosureDialog.Disclosure"/>).
    /// </summary>
    public static async Task<InterruptionResult> WelcomeThenAsync(DialogContext dc, object opening, CancellationToken cancellationToken)
    {
        if (!dc.LanguageKnown)
        {
            dc.Profile.Language = LanguageDetector.Detect(dc.Text, dc.Services.Phrases) ?? ChannelLanguage.Of(dc.Context.Activity);
        }

        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(MainDialog.DialogId, opening, cancellationToken);
        return InterruptionResult.Handled;
    }

    /// <summary>
    /// Whether the message is at the menu (or the question after a disclosure), or is the very first message: where a
    /// few words of what someone needs (time to begin, help for someone else) are answered before anything else.
    /// </summary>
    public static bool AtMenuOrFirst(DialogContext dc, out bool first)
    {
        first = Commands.IsFirstMessage(dc);
        return first || dc.ActiveDialog?.Id is MenuDialog.PromptId or DisclosureDialog.PromptId;
    }

    /// <summary>
    /// Answers with <paramref name="text"/> and asks the menu's question again; a first message gets the welcome first,
    /// then the same text, then the menu.
    /// </summary>
    public static async Task<InterruptionResult> AnswerThenMenuAsync(DialogContext dc, bool first, Resources.TextKey text, CancellationToken cancellationToken)
    {
        if (!first)
        {
            await dc.SendAsync(text, cancellationToken);
            return InterruptionResult.Resume;
        }

        return await WelcomeThenAsync(dc, new MenuDialog.Opening(null, Say: text.Name), cancellationToken);
    }

    /// <summary>
    /// At the menu or as a first message, a message that <paramref name="says"/> something with no story in it and no sure
    /// command (but <paramref name="allowed"/>, whose words may ask the same thing) gets <paramref name="text"/>, then the menu.
    /// </summary>
    public static async Task<InterruptionResult> AnswerWithoutStoryAsync(
        DialogContext dc, Func<StoryReader, string?, bool> says, Resources.TextKey text, string? allowed, CancellationToken cancellationToken)
    {
        var reader = StoryReader.For(dc.Services.Phrases);
        if (!AtMenuOrFirst(dc, out var first) || !says(reader, dc.Text)
            || (Commands.Of(dc) is { IsSure: true } command && command.Name != allowed)
            || reader.SaysWhatHappened(dc.Text, ReportChoices.TypeValues))
        {
            return InterruptionResult.NotHandled;
        }

        return await AnswerThenMenuAsync(dc, first, text, cancellationToken);
    }

    /// <summary>True for yes, false for no, null for anything else (buttons, numbers and words in either language).</summary>
    public static bool? ReadYesNo(DialogContext dc)
    {
        var choice = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), YesNo, dc.Services.Texts, dc.Services.Phrases);
        if (choice is not null)
        {
            return choice.Index == 0;
        }

        if (TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(CommonPhrases.Yes)))
        {
            return true;
        }

        return TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(CommonPhrases.No)) ? false : null;
    }

    public static IList<Microsoft.Bot.Schema.CardAction> YesNoButtons(DialogContext dc) => Buttons(dc, YesNo);

    /// <summary>A button for each choice, labelled in the conversation's language.</summary>
    public static IList<Microsoft.Bot.Schema.CardAction> Buttons(DialogContext dc, IEnumerable<Choice> choices) =>
        choices.Select(c => dc.Localize(new Resources.TextKey(c.LabelKey)))
            .Select(label => new Microsoft.Bot.Schema.CardAction(Microsoft.Bot.Schema.ActionTypes.ImBack, title: label, value: label))
            .ToList();
}
