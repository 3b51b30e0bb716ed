using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// The compiled word lists of one choice: words that pick it, words that pick it only alone, a pair of lists that pick it
/// together anywhere in the message (unless a word of <see cref="PairUnless"/> is said), and a pair that picks it only
/// side by side (<see cref="NearAct"/> within a few words of <see cref="NearObject"/>: "leaked my address", "jusoga teollyeosseo"),
/// with only the choice's own <see cref="NearFillersKorean"/> and <see cref="NearFillerWords"/> between when it has them.
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
        var fillers = AnswerPhrases.Choice(question, value, "near_fillers");
        if (phrases.Keys.Contains(fillers.Name))
        {
            (NearFillersKorean, NearFillerWords) = Fillers(phrases, fillers);
        }
    }

    /// <summary>
    /// A list of what may stand between a near pair, compiled: its Korean as letters, longest first (matched one after
    /// another), and its English as words.
    /// </summary>
    public static (string[] Korean, HashSet<string> Words) Fillers(IPhraseCatalog phrases, PhraseKey key) =>
        ([.. phrases.Get(key, Language.Korean).Select(RecognitionInput.From).Select(f => f.Hangul).Where(f => f.Length > 0).OrderByDescending(f => f.Length)],
         [.. phrases.Get(key, Language.English).SelectMany(f => RecognitionInput.From(f).Words)]);

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

    /// <summary>
    /// Korean: what alone may stand between this choice's near pair, in place of the shared answer.near_fillers (a
    /// disclosure's "hoesa-e singohaesseoyo" needs the particles of "to", which would make "hoesa-e ppurindaeyo" a leak of
    /// the workplace); null for the shared list.
    /// </summary>
    public string[]? NearFillersKorean { get; }

    /// <summary>English: the words alone that may stand between this choice's near pair, in either order; null for the shared rule.</summary>
    public HashSet<string>? NearFillerWords { get; }
}
