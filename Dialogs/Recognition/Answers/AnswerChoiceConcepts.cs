using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>The compiled word lists of one choice: words that pick it, words that pick it only alone, and a pair of lists that pick it together.</summary>
internal sealed class AnswerChoiceConcepts
{
    public AnswerChoiceConcepts(IPhraseCatalog phrases, string question, string value)
    {
        Value = value;
        Strong = Load(phrases, AnswerPhrases.Choice(question, value));
        Weak = Load(phrases, AnswerPhrases.Choice(question, value, "weak"));
        Context = Load(phrases, AnswerPhrases.Choice(question, value, "context"));
        Act = Load(phrases, AnswerPhrases.Choice(question, value, "act"));
    }

    public string Value { get; }

    public Concept Strong { get; }

    public Concept Weak { get; }

    public Concept Context { get; }

    public Concept Act { get; }

    private static Concept Load(IPhraseCatalog phrases, PhraseKey key) =>
        new(key.Name, phrases.Keys.Contains(key.Name) ? phrases.All(key) : []);
}
