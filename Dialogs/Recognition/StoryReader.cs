using System.Runtime.CompilerServices;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Tells whether a message at the main menu starts telling what happened ("my boss keeps touching me", "someone filmed me
/// in the bathroom"): an act of harm (<see cref="StoryPhrases.Act"/>) together with at least one detail, who did it or
/// what or where (<see cref="StoryPhrases.Actor"/>, <see cref="StoryPhrases.Detail"/>). An act alone ("I think I was
/// filmed") says too little to start a report on, and the menu asks. The incident types come from the report's own
/// answer set for its first question, so the menu and the report read the same words the same way.
/// </summary>
public sealed class StoryReader
{
    /// <summary>The report question whose answer set names incident types (answer.types.* in answers.json).</summary>
    public const string TypesAnswerSet = "types";

    /// <summary>The longest first message kept as the start of the story (one message of the story).</summary>
    public static int MaxChars => Reports.IncidentReport.MaxNarrativePartChars;

    private static readonly ConditionalWeakTable<IPhraseCatalog, StoryReader> Cache = new();
    private readonly Concept _act;
    private readonly Concept _actor;
    private readonly Concept _detail;
    private readonly AnswerRecognizer _answers;

    private StoryReader(IPhraseCatalog phrases)
    {
        _act = Concept.From(phrases, StoryPhrases.Act.Name);
        _actor = Concept.From(phrases, StoryPhrases.Actor.Name);
        _detail = Concept.From(phrases, StoryPhrases.Detail.Name);
        _answers = AnswerRecognizer.For(phrases);
    }

    public static StoryReader For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new StoryReader(p));

    /// <summary>The story the message starts, or null. <paramref name="typeValues"/>: the report's type choices, in order.</summary>
    public StoryStart? Read(string? text, IReadOnlyList<string> typeValues)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChars)
        {
            return null;
        }

        var input = RecognitionInput.OfMessage(text);
        if (input.IsEmpty || !Finds(_act, input) || !(Finds(_actor, input) || _detail.Occurs(input)))
        {
            return null;
        }

        var picked = _answers.Recognize(text, TypesAnswerSet, typeValues, null, many: true);
        return new StoryStart(text.Trim(), picked is null ? [] : [.. picked.Select(i => typeValues[i])]);
    }

    private static bool Finds(Concept concept, RecognitionInput input)
    {
        if (concept.Occurs(input))
        {
            return true;
        }

        var hits = new List<ConceptHit>();
        concept.FindFuzzy(input, hits);
        return hits.Count > 0;
    }
}
