using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>
/// Runs the recogniser over a labelled set as the bot would (crisis first, then commands, then dates) and scores it.
/// Labels: a command intent name, "crisis1" (act now), "crisis2" (check in), "none" (an ordinary answer), "idiom"
/// (an ordinary answer that uses death as a figure of speech), "date" (a "when" answer), and labels that say where the
/// message was written: "story" (a first message at the menu that tells what happened), "yes", "no" and "unsure" (answers
/// to a yes/no question; unsure: a question back or not knowing).
/// </summary>
public sealed class RecognitionEvaluation
{
    public const string Immediate = "crisis1";
    public const string CheckIn = "crisis2";
    public const string None = "none";
    public const string Idiom = "idiom";
    public const string Date = "date";
    public const string Story = "story";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unsure = "unsure";

    /// <summary>A request for the legal options in one's own words, written at the menu or at a yes/no question.</summary>
    public const string Legal = IntentNames.Legal;

    /// <summary>Labels that say where a message was written and what it answers, not a command it asks for.</summary>
    public static bool IsAnswer(string label) => label is None or Idiom or Date or Story or Yes or No or Unsure;

    private RecognitionEvaluation(IReadOnlyList<(LabelledUtterance Utterance, string Predicted)> results)
    {
        Results = results;
    }

    public IReadOnlyList<(LabelledUtterance Utterance, string Predicted)> Results { get; }

    /// <summary>Command intents present in the set.</summary>
    public IEnumerable<string> Commands => Results.Select(r => r.Utterance.Label).Distinct()
        .Where(l => l is not (Immediate or CheckIn) && !IsAnswer(l)).Order(StringComparer.Ordinal);

    public static RecognitionEvaluation Run(IEnumerable<LabelledUtterance> set, IPhraseCatalog phrases, DateOnly today)
    {
        var recognizer = Recognizer.For(phrases);
        var dates = DateReader.For(phrases);
        return new RecognitionEvaluation([.. set.Select(u => (u, Predict(recognizer, dates, u, today)))]);
    }

    /// <summary>What the bot would make of one message; date answers are read by the date reader as the "when" question would.</summary>
    public static string Predict(Recognizer recognizer, DateReader dates, LabelledUtterance utterance, DateOnly today)
    {
        switch (recognizer.Crisis.Assess(utterance.Text))
        {
            case CrisisLevel.Immediate:
                return Immediate;
            case CrisisLevel.CheckIn:
                return CheckIn;
        }

        var atMenu = utterance.Label == Story;
        if (recognizer.Best(utterance.Text, atMenu) is { IsSure: true } intent)
        {
            return atMenu && intent.Name == IntentNames.Report ? Story : intent.Name;
        }

        return utterance.Label switch
        {
            Date => dates.Read(utterance.Text, today) is not null ? Date : None,
            Legal => AnswerRecognizer.For(recognizer.Phrases).Recognize(utterance.Text, MenuAnswerSet, MenuValues, null, many: false) is [var i]
                && MenuValues[i] == Legal ? Legal : None,
            Story => StoryReader.For(recognizer.Phrases).Read(utterance.Text, Conversations.ReportChoices.TypeValues) is not null ? Story : None,
            Yes or No or Unsure => YesNoReading.Read(recognizer.Phrases, utterance.Text) switch
            {
                true => Yes,
                false => No,
                null => YesNoReading.IsUnsure(recognizer.Phrases, utterance.Text) ? Unsure : None,
            },
            _ => None,
        };
    }

    private const string MenuAnswerSet = Conversations.MenuDialog.AnswerSet;
    private static readonly string[] MenuValues = [.. Conversations.MenuDialog.Entries.Select(e => e.Value)];

    public LabelScore Score(string label) => new(
        label,
        Results.Count(r => r.Utterance.Label == label),
        Results.Count(r => r.Predicted == label),
        Results.Count(r => r.Utterance.Label == label && r.Predicted == label));

    /// <summary>Share of tier-1 messages that got the numbers at once.</summary>
    public double ImmediateRecall => Share(r => r.Utterance.Label == Immediate, r => r.Predicted == Immediate);

    /// <summary>Share of tier-2 messages that got at least the check-in.</summary>
    public double CheckInRecall => Share(r => r.Utterance.Label == CheckIn, r => r.Predicted is Immediate or CheckIn);

    /// <summary>Share of ordinary answers (including idioms and dates) that a command took away.</summary>
    public double CommandFalseTriggers => Share(r => IsAnswer(r.Utterance.Label), r => Commands.Contains(r.Predicted));

    /// <summary>Share of idioms and ordinary answers flagged as a crisis.</summary>
    public double CrisisFalseAlarms => Share(r => IsAnswer(r.Utterance.Label), r => r.Predicted is Immediate or CheckIn);

    /// <summary>Share of "when" answers the date reader understood (the rest are kept as written).</summary>
    public double DatesRead => Share(r => r.Utterance.Label == Date, r => r.Predicted == Date);

    public IEnumerable<(LabelledUtterance Utterance, string Predicted)> Misses =>
        Results.Where(r => r.Predicted != (r.Utterance.Label == Idiom ? None : r.Utterance.Label)
            && !(r.Utterance.Label == CheckIn && r.Predicted == Immediate));

    private double Share(Func<(LabelledUtterance Utterance, string Predicted), bool> of, Func<(LabelledUtterance Utterance, string Predicted), bool> hit)
    {
        var all = Results.Where(of).ToList();
        return all.Count == 0 ? 1.0 : (double)all.Count(hit) / all.Count;
    }
}
