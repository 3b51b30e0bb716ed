using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// A choice question answered in the survivor's own words rather than with a number or a label: positions said in
/// words ("the first and the last"), or, for questions that have an answer set, the choices the words mean. When
/// the choices come from the words, the survivor is told what was understood so that it can be corrected.
/// </summary>
public static class OwnWordsAnswer
{
    public static PromptRecognition<IReadOnlyList<FoundChoice>> Recognize(DialogContext dc, PromptOptions options, bool many)
    {
        var choices = options.Choices ?? [];
        var text = dc.Text;
        var recognizer = AnswerRecognizer.For(dc.Services.Phrases);
        var positions = recognizer.Ordinals.Read(text, choices.Count);
        if (positions is not null && (many || positions.Count == 1))
        {
            return PromptRecognition<IReadOnlyList<FoundChoice>>.Found(Found(choices, positions));
        }

        if (options.AnswerSet is null)
        {
            return PromptRecognition<IReadOnlyList<FoundChoice>>.Failed;
        }

        var picked = recognizer.Recognize(text, options.AnswerSet, [.. choices.Select(c => c.Value)], options.NoneChoice, many);
        if (picked is null)
        {
            return PromptRecognition<IReadOnlyList<FoundChoice>>.Failed;
        }

        if (!options.SayUnderstood)
        {
            return PromptRecognition<IReadOnlyList<FoundChoice>>.Found(Found(choices, picked));
        }

        var labels = string.Join(", ", picked.Select(i => dc.Localize(new Resources.TextKey(choices[i].LabelKey))));
        return PromptRecognition<IReadOnlyList<FoundChoice>>.Found(Found(choices, picked), dc.Localize(AnswersText.Understood, ("choices", labels)));
    }

    private static List<FoundChoice> Found(IReadOnlyList<Choice> choices, IReadOnlyList<int> indexes) =>
        [.. indexes.Select(i => new FoundChoice(choices[i].Value, i))];
}
