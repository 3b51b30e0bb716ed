using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The report summary's question (save, change a part, discard). Besides its choices it reads a message that names a
/// part's new value ("it was in March, not April", "not a colleague, my ex") as a change: the result is then
/// <see cref="Fix"/>, and the report reads the values from the same message (<see cref="AnswerFromWords"/>).
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

        return named.Count <= MaxParts ? named : [];
    }

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptOptions options)
    {
        var found = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), options.Choices ?? [], dc.Services.Texts, dc.Services.Phrases);
        if (found is not null)
        {
            return PromptRecognition<FoundChoice>.Found(found);
        }

        return Named(questions.All, dc.Text, dc.Services.Phrases, dc.Services.Today).Count > 0
            ? PromptRecognition<FoundChoice>.Found(new FoundChoice(Fix, -1))
            : PromptRecognition<FoundChoice>.Failed;
    }

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, options.Choices);
}
