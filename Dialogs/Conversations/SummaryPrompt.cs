using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The report summary's question (save, change a part, discard). Besides its choices it reads a message that names a
/// part's new value ("it was in March, not April", "not a colleague, my ex") as a change: the result is then
/// <see cref="Fix"/>, and the report reads the values from the same message (<see cref="AnswerFromWords"/>). A bare yes
/// or no ("yes", "ok", "ne", "aniyo") answers the question itself, never a part: "yes" to "Shall I save it like this?" was
/// read as "Yes, it's still online" and changed the report; now it saves, and a bare no asks again with the choices.
/// </summary>
public sealed class SummaryPrompt(string id, ReportQuestionnaire questions) : Prompt<FoundChoice>(id, null)
{
    /// <summary>The result when the message names new values for one or two parts.</summary>
    public const string Fix = "fix";

    /// <summary>More parts than this named at once is a story, not a change: the summary asks again.</summary>
    public const int MaxParts = 2;

    protected override TextKey DefaultRetry => CommonText.RetryChoice;

    /// <summary>The parts a message at the summary names new values for, with the prompt result each would have had.</summary>
    public static List<(ReportQuestion Question, object Result)> Named(IReadOnlyList<ReportQuestion> questions, string text, IPhraseCatalog phrases, DateOnly today)
    {
        var named = new List<(ReportQuestion, object)>();
        foreach (var question in questions)
        {
            if (AnswerFromWords.Read(question, text, phrases, today, plainNone: false) is { } result)
            {
                named.Add((question, result));
            }
        }

        // "It was my ex" names who did it; the same person is "told" only with a verb of telling ("I told my ex").
        if (named.Any(n => n.Item1.Field == ReportQuestions.WhoField) && named.Any(n => n.Item1.Field == ReportQuestions.DisclosuresField)
            && !TellingVerbs.GetValue(phrases, static p => Concept.Optional(p, AnswerChoicePhrases.DisclosuresToldWorkOrSchoolNearAct)).Occurs(RecognitionInput.From(text)))
        {
            named.RemoveAll(n => n.Item1.Field == ReportQuestions.DisclosuresField);
        }

        return named.Count <= MaxParts ? named : [];
    }

    // The verbs of telling someone (the workplace-or-school disclosure's near verbs: "told", "malhaesseoyo"), compiled once
    // per catalog.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPhraseCatalog, Concept> TellingVerbs = new();

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptOptions options)
    {
        var found = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases);
        if (found is not null)
        {
            return PromptRecognition<FoundChoice>.Found(found);
        }

        if (Changes(questions.All, dc.Text, dc.Services.Phrases, dc.Services.Today).Count > 0)
        {
            return PromptRecognition<FoundChoice>.Found(new FoundChoice(Fix, -1));
        }

        // A yes or no with little else ("yes please", "yeah thats fine", "ok", "ne joayo", "aniyo") answers "shall I save it?".
        var input = RecognitionInput.From(dc.Text);
        var save = options.Choices?.FindIndex(c => c.Value == SaveChoice) ?? -1;
        return input.Units <= BareUnits && YesNoReading.For(dc.Services.Phrases).Read(dc.Text) is true && save >= 0
            ? PromptRecognition<FoundChoice>.Found(new FoundChoice(SaveChoice, save))
            : PromptRecognition<FoundChoice>.Failed;
    }

    /// <summary>
    /// The parts a message at the summary changes (<see cref="Named"/>), read after a yes or no that opens it: "yes" and
    /// "no" answer the summary's own question, and are not "yes, it's still online" ("yes and its still online" is).
    /// </summary>
    public static List<(ReportQuestion Question, object Result)> Changes(IReadOnlyList<ReportQuestion> questions, string text, IPhraseCatalog phrases, DateOnly today) =>
        Named(questions, YesNoReading.For(phrases).Read(text) is null ? text : AfterFirstWord(text), phrases, today);

    /// <summary>The value of the choice that saves the report.</summary>
    public const string SaveChoice = "save";

    /// <summary>At most this many units (a Korean syllable one, an English word two) make a yes a bare one that saves.</summary>
    private const int BareUnits = 10;

    /// <summary>A reply after its first word ("no, it was my ex-boyfriend": the "no" is not about the value it names).</summary>
    internal static string AfterFirstWord(string text) =>
        text.Trim().IndexOfAny([' ', ',', '.', '!']) is var end and > 0 ? text.Trim()[(end + 1)..] : string.Empty;

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, options.Choices);
}
