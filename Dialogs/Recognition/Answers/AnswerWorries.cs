using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// A question's optional lists that tell a worry from a wish (answer.&lt;question&gt;.worries, .wanting): at "what would help you
/// now?", "cheobeoreun wonhaneunde hoesa-e allyeojineun geon sileoyo" or "i want him to stop but i cant lose this job" say a wish
/// and, in another clause, what the survivor fears or does not want. A clause that says a worry (afraid, "sileoyo", "cant
/// lose") and no wanting ("sipeoyo", want, need) names no choice: its words ("allyeo-", court) are what they fear, not
/// what they ask for.
/// </summary>
internal sealed class AnswerWorries
{
    private readonly Concept _worries;
    private readonly Concept _wanting;

    private AnswerWorries(IPhraseCatalog phrases, string question)
    {
        _worries = Concept.Optional(phrases, AnswerPhrases.Question(question, "worries"));
        _wanting = Concept.Optional(phrases, AnswerPhrases.Question(question, "wanting"));
    }

    /// <summary>The lists of a question that has a "worries" list, or null.</summary>
    public static AnswerWorries? For(IPhraseCatalog phrases, string question) =>
        phrases.Keys.Contains(AnswerPhrases.Question(question, "worries").Name) ? new AnswerWorries(phrases, question) : null;

    /// <summary>Whether the clause says a worry and wants nothing.</summary>
    public bool OnlyWorry(RecognitionInput input) => _worries.Occurs(input) && !_wanting.Occurs(input);
}
