using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>What this turn's message asks for, as every global command sees it (recognised once per turn).</summary>
internal static class Commands
{
    private const string TurnKey = "ReportBot.Intent";

    /// <summary>
    /// True for a conversation's first message: nothing begun yet, or the welcome's language question (which web chat
    /// asks before the survivor has written), so the message was not an answer to anything the survivor had read.
    /// </summary>
    public static bool IsFirstMessage(DialogContext dc) => dc.ActiveDialog is null || dc.ActiveDialog.Id == LanguagePrompt.DialogId;

    /// <summary>True when nothing is going on but the main menu (or no dialog at all): where "report" is a command too.</summary>
    public static bool AtMenu(DialogContext dc) => dc.ActiveDialog is null || dc.ActiveDialog.Id == MenuDialog.PromptId;

    /// <summary>The best intent of the message, or null (also when the turn settled it is an answer).</summary>
    public static IntentMatch? Of(DialogContext dc)
    {
        if (dc.AnswerOnly)
        {
            return null;
        }

        // One turn item under a fixed key, holding the answers for the text it was asked about (at the menu and
        // elsewhere); a turn item, not Bot Builder's TurnState, whose culture-aware comparer builds an ICU sort key of
        // the key on every command's check.
        var (atMenu, text) = (AtMenu(dc), dc.Text);
        if (TurnItems.Find<Readings>(dc.Context, TurnKey) is not { } readings || !string.Equals(readings.Text, text, StringComparison.Ordinal))
        {
            readings = new Readings(text);
            TurnItems.Of(dc.Context).Set(TurnKey, readings);
        }

        if (readings.Get(atMenu) is { } known)
        {
            return known.Match;
        }

        // The question's own choices, and a legal reading's own buttons ("Stop here"), are answers, not commands.
        var match = IsChoiceOfTheQuestion(dc) || LegalOptionsDialog.IsNavigation(dc) ? null : Recognizer.For(dc.Services.Phrases).Best(text, atMenu);
        if (match is { Name: IntentNames.Counsellor or IntentNames.Help } && AnswersTheQuestion(dc))
        {
            match = null;
        }

        if (match is { Name: IntentNames.Delete } && StoryReader.For(dc.Services.Phrases).NamesOnlyContent(text))
        {
            // "Delete" whose only object is photos, videos or posts ("where can I get the photos deleted") wants them
            // taken down: it is an answer or a story, never an order to erase this conversation. With this
            // conversation's data named as well ("delete my records and the photos") it stays a command.
            match = null;
        }

        if (match is not { IsSure: true } && !IsChoiceOfTheQuestion(dc) && ReportDialog.HasUnsavedDraft(dc.Stack)
            && ExitInterruption.SaysPause(dc))
        {
            // "jigeum hoesaraseo najunge sseulgeyo" (at work now, will write later): a pause said with its reason, which no intent explains; ExitInterruption keeps the report.
            // Only with a report begun: elsewhere there is nothing to pause, and such words are a message in their own right
            // (a reply to a counsellor: "thanks, I'll come back tomorrow at that time").
            match = new IntentMatch(IntentNames.Exit, 1.0);
        }

        readings.Set(atMenu, match);
        return match;
    }

    /// <summary>True when the current question offers choices (its answer is read against them, not kept as written).</summary>
    public static bool HasChoices(DialogContext dc) =>
        !AtMenu(dc) && dc.ActiveDialog?.State["options"]?["Choices"] is Newtonsoft.Json.Linq.JArray { Count: > 0 };

    /// <summary>A message that picks one of the current question's own choices (its label, number or button) is an answer.</summary>
    public static bool IsChoiceOfTheQuestion(DialogContext dc)
    {
        if (AtMenu(dc) || dc.ActiveDialog?.State["options"]?["Choices"] is not Newtonsoft.Json.Linq.JArray choices)
        {
            return false;
        }

        var list = choices.ToObject<List<Engine.Prompts.Choice>>(DialogJson.Default) ?? [];
        return Engine.Prompts.ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), list, dc.Services.Texts, dc.Services.Phrases) is not null;
    }

    /// <summary>
    /// True when the current question's own answer set reads the message as one of its choices other than "none": asking
    /// for a counsellor, help or the legal options in the words of a choice ("talk to a real person", "what are my options"
    /// at "what would help you now?") answers the question instead of leaving it.
    /// </summary>
    public static bool AnswersTheQuestion(DialogContext dc)
    {
        if (AtMenu(dc) || dc.ActiveDialog?.State["options"] is not Newtonsoft.Json.Linq.JObject stored)
        {
            return false;
        }

        var options = Engine.Prompts.PromptOptions.FromStored(stored);
        if (options.AnswerSet is null || options.Choices is not { Count: > 0 } choices)
        {
            return false;
        }

        var values = choices.Select(c => c.Value).ToList();
        return Recognition.Answers.AnswerRecognizer.For(dc.Services.Phrases).Recognize(dc.Text, options.AnswerSet, values, options.NoneChoice, many: true) is { Count: > 0 } picked
            && picked.Any(i => values[i] != options.NoneChoice);
    }

    /// <summary>True when the message is surely <paramref name="intent"/>.</summary>
    public static bool Is(DialogContext dc, string intent) => Of(dc) is { IsSure: true } match && match.Name == intent;

    /// <summary>The words that surely mean <paramref name="intent"/> in the conversation's language (for a confirmed check).</summary>
    public static string CanonicalPhrase(DialogContext dc, string intent)
    {
        var rule = Recognizer.For(dc.Services.Phrases).Rule.Intents.Single(r => r.Name == intent);
        return dc.Services.Phrases.Get(new PhraseKey(rule.Phrases[0]), dc.Language)[0];
    }

    private sealed record Reading(IntentMatch? Match);

    /// <summary>What <see cref="Of"/> found for one text, at the menu and elsewhere.</summary>
    private sealed class Readings(string text)
    {
        private Reading? _atMenu;
        private Reading? _elsewhere;

        public string Text { get; } = text;

        public Reading? Get(bool atMenu) => atMenu ? _atMenu : _elsewhere;

        public void Set(bool atMenu, IntentMatch? match)
        {
            if (atMenu)
            {
                _atMenu = new Reading(match);
            }
            else
            {
                _elsewhere = new Reading(match);
            }
        }
    }

    /// <summary>True when the active dialog is a question (a prompt), where an unsure command is checked once.</summary>
    public static bool AtQuestion(DialogContext dc)
    {
        var type = dc.ActiveDialog is { } active ? dc.Dialogs.Find(active.Id)?.GetType() : null;
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Engine.Prompts.Prompt<>))
            {
                return true;
            }
        }

        return false;
    }
}
