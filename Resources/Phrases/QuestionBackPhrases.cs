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

    /// <summary>What the choices mean or how they differ ("what do these mean", "차이가 뭐예요"), asked at the kind question.</summary>
    public static readonly PhraseKey Meaning = new("question_back.meaning");

    public static readonly PhraseKey FoundOut = new("question_back.found_out");
    public static readonly PhraseKey Police = new("question_back.police");
    public static readonly PhraseKey Exact = new("question_back.exact");
    public static readonly PhraseKey Evidence = new("question_back.evidence");
    public static readonly PhraseKey Why = new("question_back.why");

    /// <summary>How long the report takes, how many questions are left ("얼마나 걸려요?", "how many more questions").</summary>
    public static readonly PhraseKey Length = new("question_back.length");

    /// <summary>Whether what is written can be erased, or is kept.</summary>
    public static readonly PhraseKey Erasure = new("question_back.erasure");

    /// <summary>
    /// Words that make a question about erasure one about later or about being erased by itself ("나중에", "지워지는",
    /// "after", "gets deleted"): answered, where "can you delete what I wrote?" is the request to erase now.
    /// </summary>
    public static readonly PhraseKey Later = new("question_back.later");

    /// <summary>The worries, in the order they are looked for (the first found is answered).</summary>
    /// <summary>This chat's privacy: anonymous, who reads it, what is kept ("익명이에요?", "who can see this?").</summary>
    public static readonly PhraseKey Privacy = new("question_back.privacy");

    /// <summary>Reporting to the police or suing, as a condition ("신고하면", "if i report"): with <see cref="Identity"/> a question about being known.</summary>
    public static readonly PhraseKey IfReported = new("question_back.if_reported");

    /// <summary>A fear said as such ("까 봐", "무서워요", "scared", "worried"): with <see cref="IfReported"/> and <see cref="Identity"/> the same worry as the question.</summary>
    public static readonly PhraseKey Fear = new("question_back.fear");

    /// <summary>Being known or told ("이름", "신원", "알게 돼", "my name", "find out").</summary>
    public static readonly PhraseKey Identity = new("question_back.identity");

    /// <summary>The name of the worry that is a question about being known if one reports (<see cref="IfReported"/> with <see cref="Identity"/>).</summary>
    public const string ReportingIdentity = "reporting_identity";

    /// <summary>The name of the worry that is whether this goes to the police (<see cref="Police"/>), or whether what happened can be reported.</summary>
    public const string PoliceWorry = "police";

    /// <summary>The name of the worry that is whether a date must be exact (<see cref="Exact"/>): about a question's answer, not a story.</summary>
    public const string ExactWorry = "exact";

    public static IReadOnlyList<PhraseKey> Worries { get; } = [Privacy, FoundOut, Police, Erasure, Evidence, Exact, Why, Length];
}
