using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// A question's optional lists that tell a wish from an answer (answer.&lt;question&gt;.wishes, .holding, .not_holding):
/// at the evidence question, "yeongsang jiwojuneungeorang gosohaneunbeop algosipeoyo" or "i need the video gone and a lawyer" name a video
/// as what they want done, not as something held. A clause that says a wish (want, need, how do I, the Korean "-juseyo", "algo sipeoyo") and
/// nowhere says it holds something (have, kept, "isseoyo", "jeojanghaesseoyo"; not "su it-", "isseumyeon") names no choice.
/// </summary>
internal sealed class AnswerWishes
{
    private readonly Concept _wishes;
    private readonly Concept _holding;
    private readonly Concept _notHolding;

    private AnswerWishes(IPhraseCatalog phrases, string question)
    {
        _wishes = Concept.Optional(phrases, AnswerPhrases.Question(question, "wishes"));
        _holding = Concept.Optional(phrases, AnswerPhrases.Question(question, "holding"));
        _notHolding = Concept.Optional(phrases, AnswerPhrases.Question(question, "not_holding"));
    }

    /// <summary>The lists of a question that has a "wishes" list, or null.</summary>
    public static AnswerWishes? For(IPhraseCatalog phrases, string question) =>
        phrases.Keys.Contains(AnswerPhrases.Question(question, "wishes").Name) ? new AnswerWishes(phrases, question) : null;

    /// <summary>Whether the clause says a wish and holds nothing.</summary>
    public bool OnlyWishes(RecognitionInput input)
    {
        if (!_wishes.Occurs(input))
        {
            return false;
        }

        var holding = new List<ConceptHit>();
        _holding.FindExact(input, holding);
        if (holding.Count == 0)
        {
            return true;
        }

        var not = new List<ConceptHit>();
        _notHolding.FindExact(input, not);
        return holding.All(h => not.Any(n => AnswerHits.Overlaps(h, n)));
    }
}
