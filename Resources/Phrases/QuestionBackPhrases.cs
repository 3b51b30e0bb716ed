namespace ReportBot.Resources.Phrases;

/// <summary>
/// A question back to the bot at a report question, and the worries it names (Resources/Phrases/questions_back.json):
/// whether the person will find out, whether it goes to the police, whether it must be exact, whether it counts without
/// evidence, why it is asked.
/// </summary>
public static class QuestionBackPhrases
{
    /// <summary>Korean endings that ask, at the end of the message.</summary>
    public static readonly PhraseKey Endings = new("question_back.endings");

    /// <summary>English words that open a question.</summary>
    public static readonly PhraseKey Starts = new("question_back.starts");

    public static readonly PhraseKey FoundOut = new("question_back.found_out");
    public static readonly PhraseKey Police = new("question_back.police");
    public static readonly PhraseKey Exact = new("question_back.exact");
    public static readonly PhraseKey Evidence = new("question_back.evidence");
    public static readonly PhraseKey Why = new("question_back.why");

    /// <summary>Whether what is written can be erased, or is kept.</summary>
    public static readonly PhraseKey Erasure = new("question_back.erasure");

    /// <summary>
    /// Words that make a question about erasure one about later or about being erased by itself ("나중에", "지워지는",
    /// "after", "gets deleted"): answered, where "can you delete what I wrote?" is the request to erase now.
    /// </summary>
    public static readonly PhraseKey Later = new("question_back.later");

    /// <summary>The worries, in the order they are looked for (the first found is answered).</summary>
    public static IReadOnlyList<PhraseKey> Worries { get; } = [FoundOut, Police, Erasure, Evidence, Exact, Why];
}
