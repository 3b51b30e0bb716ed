using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// The compiled word lists of one choice: words that pick it, words that pick it only alone, a pair of lists that pick it
/// together anywhere in the message (unless a word of <see cref="PairUnless"/> is said), and a pair that picks it only
/// side by side (<see cref="NearAct"/> within a few words of <see cref="NearObject"/>: "leaked my address", "jusoga teollyeosseo").
/// </summary>
internal sealed class AnswerChoiceConcepts
{
    public AnswerChoiceConcepts(IPhraseCatalog phrases, string question, string value)
    {
        Value = value;
        Strong = Concept.Optional(phrases, AnswerPhrases.Choice(question, value));
        Weak = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "weak"));
        Context = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "context"));
        Act = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "act"));
        PairUnless = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "pair_unless"));
        NearAct = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "near_act"));
        NearObject = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "near_object"));
    }

    public string Value { get; }

    public Concept Strong { get; }

    public Concept Weak { get; }

    public Concept Context { get; }

    public Concept Act { get; }

    /// <summary>Words that undo the context-and-act pair (a fake account made with her photos does not share intimate images).</summary>
    public Concept PairUnless { get; }

    /// <summary>A verb that picks the choice only beside one of <see cref="NearObject"/>.</summary>
    public Concept NearAct { get; }

    /// <summary>What <see cref="NearAct"/> must be said of, a few words away at most.</summary>
    public Concept NearObject { get; }
}
