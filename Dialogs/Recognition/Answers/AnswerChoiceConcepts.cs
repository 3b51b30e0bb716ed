using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>The compiled word lists of one choice: words that pick it, words that pick it only alone, and a pair of lists that pick it together.</summary>
internal sealed class AnswerChoiceConcepts
{
    public AnswerChoiceConcepts(IPhraseCatalog phrases, string question, string value)
    {
        Value = value;
        Strong = Concept.Optional(phrases, AnswerPhrases.Choice(question, value));
        Weak = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "weak"));
        Context = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "context"));
        Act = Concept.Optional(phrases, AnswerPhrases.Choice(question, value, "act"));
    }

    public string Value { get; }

    public Concept Strong { get; }

    public Concept Weak { get; }

    public Concept Context { get; }

    public Concept Act { get; }
}
